// A small streaming JSON writer for the command line: fixed-precision numbers (so the
// output diffs cleanly) and UTF-8 strings written as they are.
#pragma once

#include <string>
#include <string_view>

namespace paiban::cli {

class JsonWriter {
public:
    void beginObject() {
        separator();
        out_ += '{';
        first_ = true;
    }
    void endObject() {
        out_ += '}';
        first_ = false;
    }
    void beginArray() {
        separator();
        out_ += '[';
        first_ = true;
    }
    void endArray() {
        out_ += ']';
        first_ = false;
    }
    void key(std::string_view k) {
        separator();
        string(k);
        out_ += ':';
        first_ = true;
    }
    void value(std::string_view s) {
        separator();
        string(s);
    }
    void value(const char* s) { value(std::string_view(s)); }  // not the bool overload
    void value(double d);
    void value(long long i);
    void value(int i) { value(static_cast<long long>(i)); }
    void value(unsigned i) { value(static_cast<long long>(i)); }
    void value(bool b) {
        separator();
        out_ += b ? "true" : "false";
    }
    const std::string& text() const { return out_; }

private:
    void separator() {
        if (!first_)
            out_ += ',';
        first_ = false;
    }
    void string(std::string_view s);
    std::string out_;
    bool first_ = true;
};

}  // namespace paiban::cli
