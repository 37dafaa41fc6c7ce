using NewsKit.Models;
using NewsKit.Timestamps;

namespace NewsKit.Metadata;

/// <summary>A publication or update time the dateline finder found: its value, the kind of source and where on the page (for warnings: "JSON-LD", "meta article:published_time", "visible").</summary>
internal sealed record DateCandidate(Timestamp Value, ValueSource Source, string Origin);
