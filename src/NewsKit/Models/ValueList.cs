using System.Collections.ObjectModel;

namespace NewsKit.Models;

/// <summary>
/// The list behind every list of the models: a private copy that no cast can change (it is a
/// <see cref="ReadOnlyCollection{T}"/>, whose <see cref="IList{T}"/> members throw <see cref="NotSupportedException"/>)
/// and that compares by value, item by item, so that records holding lists compare by value too.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ValueList<T> : ReadOnlyCollection<T>, IEquatable<ValueList<T>>
{
    private ValueList(T[] items)
        : base(items)
    {
    }

    /// <summary>The empty list.</summary>
    public static new ValueList<T> Empty { get; } = new([]);

    /// <summary>A copy of <paramref name="items"/>, or the list itself when it is already a <see cref="ValueList{T}"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static ValueList<T> From(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items is ValueList<T> list)
        {
            return list;
        }

        var array = items.ToArray();
        return array.Length == 0 ? Empty : new ValueList<T>(array);
    }

    /// <inheritdoc/>
    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Count != Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < Count; i++)
        {
            if (!comparer.Equals(this[i], other[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in this)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => $"[{string.Join(", ", this)}]";
}

/// <summary>Copies into <see cref="ValueList{T}"/>.</summary>
internal static class ValueList
{
    /// <summary>A read-only copy of <paramref name="items"/> that compares by value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static ValueList<T> From<T>(IEnumerable<T> items) => ValueList<T>.From(items);

    /// <summary>A read-only copy of <paramref name="rows"/>, each row copied too, that compares by value.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> or one of its rows is null.</exception>
    public static ValueList<IReadOnlyList<T>> Rows<T>(IEnumerable<IReadOnlyList<T>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows is ValueList<IReadOnlyList<T>> list && list.All(r => r is ValueList<T>)
            ? list
            : ValueList<IReadOnlyList<T>>.From(rows.Select(r => (IReadOnlyList<T>)ValueList<T>.From(r)));
    }
}

/// <summary>
/// The dictionary behind the models' dictionaries: a private copy that no cast can change and that compares by value
/// (the same keys with equal values, in any order).
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class ValueDictionary<TKey, TValue> : ReadOnlyDictionary<TKey, TValue>, IEquatable<ValueDictionary<TKey, TValue>>
    where TKey : notnull
{
    private ValueDictionary(Dictionary<TKey, TValue> items)
        : base(items)
    {
    }

    /// <summary>The empty dictionary.</summary>
    public static new ValueDictionary<TKey, TValue> Empty { get; } = new([]);

    /// <summary>A copy of <paramref name="items"/> (in their order), or the dictionary itself when it is already a <see cref="ValueDictionary{TKey, TValue}"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static ValueDictionary<TKey, TValue> From(IEnumerable<KeyValuePair<TKey, TValue>> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items is ValueDictionary<TKey, TValue> dictionary)
        {
            return dictionary;
        }

        var copy = new Dictionary<TKey, TValue>(items);
        return copy.Count == 0 ? Empty : new ValueDictionary<TKey, TValue>(copy);
    }

    /// <inheritdoc/>
    public bool Equals(ValueDictionary<TKey, TValue>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Count != Count)
        {
            return false;
        }

        var comparer = EqualityComparer<TValue>.Default;
        foreach (var (key, value) in this)
        {
            if (!other.TryGetValue(key, out var otherValue) || !comparer.Equals(value, otherValue))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueDictionary<TKey, TValue>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        // Order-independent: two dictionaries with the same pairs in another order are equal.
        var hash = 0;
        foreach (var (key, value) in this)
        {
            hash ^= HashCode.Combine(key, value);
        }

        return HashCode.Combine(Count, hash);
    }
}
