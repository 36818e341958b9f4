// The ranges a document's values may take, in one place: the reader refuses what lies
// outside them (a typo, a damaged file), and the editor's boxes never offer it, so that
// nothing the editor makes fails to open again.
#pragma once

namespace paiban::limits {

// No page or type is larger than this many points (about 3.5 m): a bigger number is a typo.
inline constexpr double kLargestLengthPt = 10000;
// A frame's sides (a rule's may be zero: its width and height are its direction).
inline constexpr double kSmallestFrameSidePt = 0.01;
inline constexpr int kMostColumns = 50;
inline constexpr double kSmallestFontSizePt = 1;
inline constexpr double kLargestFontSizePt = 1000;
inline constexpr int kLightestWeight = 100;
inline constexpr int kHeaviestWeight = 1000;
inline constexpr double kLargestLeadingPt = 2000;
inline constexpr double kLargestIndentEm = 100;

}  // namespace paiban::limits
