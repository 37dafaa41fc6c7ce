namespace NewsKit.Models;

/// <summary>An author of the article: a person or an organization. Immutable.</summary>
/// <param name="Name">The name, cleaned of "By", roles, e-mail addresses and dates.</param>
/// <param name="Kind">Whether the author is a person or an organization.</param>
public sealed record Author(string Name, AuthorKind Kind = AuthorKind.Person)
{
    /// <summary>The author's profile page, absolute; null when none.</summary>
    public Uri? Url { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>What kind of author an <see cref="Author"/> is.</summary>
public enum AuthorKind
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>An organization, such as a news agency or the publication's own desk.</summary>
    Organization,
}
