#include "cli/json_writer.h"

#include <cmath>
#include <cstdio>

namespace paiban::cli {

void JsonWriter::value(double d) {
    separator();
    // Thousandths of a point are far below what a press can show.
    double rounded = std::round(d * 1000) / 1000;
    if (rounded == 0)
        rounded = 0;  // no "-0"
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f", rounded);
    std::string text = buffer;
    while (!text.empty() && text.back() == '0')
        text.pop_back();
    if (!text.empty() && text.back() == '.')
        text.pop_back();
    out_ += text;
}

void JsonWriter::value(long long i) {
    separator();
    out_ += std::to_string(i);
}

void JsonWriter::string(std::string_view s) {
    out_ += '"';
    for (unsigned char c : s) {
        switch (c) {
            case '"':
                out_ += "\\\"";
                break;
            case '\\':
                out_ += "\\\\";
                break;
            case '\n':
                out_ += "\\n";
                break;
            case '\t':
                out_ += "\\t";
                break;
            case '\r':
                out_ += "\\r";
                break;
            default:
                if (c < 0x20) {
                    char buffer[8];
                    std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                    out_ += buffer;
                } else {
                    out_ += static_cast<char>(c);
                }
        }
    }
    out_ += '"';
}

}  // namespace paiban::cli
