using System.Diagnostics.CodeAnalysis;

namespace NewsKit.Timestamps;

/// <summary>
/// The outcome of normalizing one text: a <see cref="Timestamp"/>, or the reason the text is not one.
/// Never thrown; immutable.
/// </summary>
public sealed class TimestampParseResult
{
    private TimestampParseResult(Timestamp? value, string? failureReason)
    {
        Value = value;
        FailureReason = failureReason;
    }

    /// <summary>Whether the text was a timestamp; when true <see cref="Value"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(FailureReason))]
    public bool Success => Value is not null;

    /// <summary>The normalized timestamp, or null on failure.</summary>
    public Timestamp? Value { get; }

    /// <summary>Why the text was rejected (for example "day 30 does not exist in February 2025"); null on success.</summary>
    public string? FailureReason { get; }

    /// <summary>A successful result.</summary>
    /// <param name="value">The timestamp.</param>
    /// <returns>The result.</returns>
    public static TimestampParseResult ForValue(Timestamp value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new TimestampParseResult(value, null);
    }

    /// <summary>A failed result.</summary>
    /// <param name="reason">Why the text is not a timestamp.</param>
    /// <returns>The result.</returns>
    public static TimestampParseResult ForFailure(string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        return new TimestampParseResult(null, reason);
    }

    /// <inheritdoc/>
    public override string ToString() => Success ? $"{Value.Kind}: {Value.Text}" : $"rejected: {FailureReason}";
}
