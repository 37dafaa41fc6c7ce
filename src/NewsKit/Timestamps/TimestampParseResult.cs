using System.Diagnostics.CodeAnalysis;

namespace NewsKit.Timestamps;

/// <summary>
/// The outcome of normalizing one text: a <see cref="Timestamp"/>, or the reason the text is not one.
/// Never thrown; immutable.
/// </summary>
public sealed class TimestampParseResult
{
    private TimestampParseResult(Timestamp? value, TimestampFailure failure, string? failureReason)
    {
        Value = value;
        Failure = failure;
        FailureReason = failureReason;
    }

    /// <summary>Whether the text was a timestamp; when true <see cref="Value"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(FailureReason))]
    public bool Success => Value is not null;

    /// <summary>The normalized timestamp, or null on failure.</summary>
    public Timestamp? Value { get; }

    /// <summary>Why the text was rejected, as a code to act on; <see cref="TimestampFailure.None"/> on success.</summary>
    public TimestampFailure Failure { get; }

    /// <summary>Why the text was rejected, as a sentence for people (for example "day 30 does not exist in February 2025"); null on success.</summary>
    public string? FailureReason { get; }

    /// <summary>A successful result.</summary>
    /// <param name="value">The timestamp.</param>
    /// <returns>The result.</returns>
    public static TimestampParseResult ForValue(Timestamp value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new TimestampParseResult(value, TimestampFailure.None, null);
    }

    /// <summary>A failed result.</summary>
    /// <param name="failure">Why the text is not a timestamp, as a code; not <see cref="TimestampFailure.None"/>.</param>
    /// <param name="reason">Why the text is not a timestamp, as a sentence.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty, or <paramref name="failure"/> is <see cref="TimestampFailure.None"/> or undefined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public static TimestampParseResult ForFailure(TimestampFailure failure, string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        if (failure == TimestampFailure.None || !Enum.IsDefined(failure))
        {
            throw new ArgumentException("a failure needs a code other than None", nameof(failure));
        }

        return new TimestampParseResult(null, failure, reason);
    }

    /// <inheritdoc/>
    public override string ToString() => Success ? $"{Value.Kind}: {Value.Text}" : $"rejected ({Failure}): {FailureReason}";
}
