// A table of numbers, all zero at first, read and written atomically, whose memory the
// kernel hands out only where it is first written. A face's caches have an entry for
// each of 65,536 code points or glyphs, of which a page of text uses a few thousand:
// `new T[n]()` wrote every byte when the face was opened, and those page faults were a
// fifth of an export's. calloc takes fresh zero pages (mmap, or heap never used) without
// writing them.
#pragma once

#include <atomic>
#include <cstdlib>
#include <memory>
#include <new>

namespace paiban {

template <typename T>
class ZeroedAtomicTable {
public:
    explicit ZeroedAtomicTable(size_t size) : data_(static_cast<T*>(std::calloc(size, sizeof(T)))) {
        if (!data_)
            throw std::bad_alloc();
    }
    // Relaxed: the callers' entries are caches, every thread storing the same value.
    T load(size_t i) const {
        return std::atomic_ref<T>(data_.get()[i]).load(std::memory_order_relaxed);
    }
    void store(size_t i, T value) const {
        std::atomic_ref<T>(data_.get()[i]).store(value, std::memory_order_relaxed);
    }

private:
    struct Free {
        void operator()(T* p) const { std::free(p); }
    };
    std::unique_ptr<T[], Free> data_;
};

}  // namespace paiban
