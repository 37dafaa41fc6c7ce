using System.Globalization;
using NewsKit.Pipeline;
using NodaTime;

namespace NewsKit.Timestamps;

/// <summary>What a word can mean in a timestamp; a word may have several meanings ("mar": March or Tuesday).</summary>
[Flags]
internal enum WordRoles
{
    None = 0,
    Connector = 1,
    Prefix = 1 << 1,
    OrdinalSuffix = 1 << 2,
    Noon = 1 << 3,
    Midnight = 1 << 4,
    AgoSuffix = 1 << 5,
    AgoPrefix = 1 << 6,
    Now = 1 << 7,
    One = 1 << 8,
    RelativeDay = 1 << 9,
    HourWord = 1 << 10,
    IanaRegion = 1 << 11,

    /// <summary>The first words of a multi-word entry; the lookup tries to extend the match.</summary>
    Head = 1 << 12,

    /// <summary>A key of its own (not only a head).</summary>
    Complete = 1 << 13,
}

/// <summary>The meanings of one word, merged from every list of <see cref="TimestampWords"/>.</summary>
internal struct WordMeaning
{
    public WordRoles Roles;

    /// <summary>1-12, or 0.</summary>
    public byte Month;

    /// <summary>The calendar of a month name or of a calendar's marker ("هـ"); <see cref="TimestampCalendar.Iso"/> for the others.</summary>
    public TimestampCalendar Calendar;

    /// <summary>ISO day 1 (Monday) to 7, or 0.</summary>
    public byte Weekday;

    /// <summary>1 for AM, 2 for PM, 0 for none.</summary>
    public byte Meridiem;

    public RelativeUnit Unit;

    public CjkMarker Cjk;

    /// <summary>The Gregorian year of the first year of a calendar era ("平成": 1989), or 0.</summary>
    public short EraFirstYear;

    /// <summary>Days from the reference date for "today" and "yesterday".</summary>
    public sbyte RelativeDays;

    /// <summary>Index into <see cref="WordTable.Zones"/>, or -1.</summary>
    public short Zone;

    public readonly bool Has(WordRoles role) => (Roles & role) != 0;
}

/// <summary>
/// The word lookup of the normalizer: every entry of <see cref="TimestampWords"/> plus the month and weekday names
/// of its cultures, in one open-addressing hash table keyed by folded text, looked up from a span without allocating.
/// Built once, on first use; read-only afterwards, so thread-safe.
/// </summary>
internal static class WordTable
{
    // No static constructor, so that the type stays beforefieldinit and the JIT can treat these as constants.
    // Textual order matters: the fold table is used while the word table is built.
    private static readonly char[] FoldTable = BuildFoldTable();
    private static readonly WordTableData Table = Build();

    /// <summary>The zone abbreviations with their resolved NodaTime zones, in table order.</summary>
    public static ResolvedZone[] Zones => Table.Zones;

    private static WordTableData Build()
    {
        var builder = new Dictionary<string, WordMeaning>(StringComparer.Ordinal);
        foreach (var name in TimestampWords.Cultures)
        {
            AddCulture(builder, CultureInfo.GetCultureInfo(name), fullNamesOnly: false);
        }

        foreach (var name in TimestampWords.FullNameCultures)
        {
            AddCulture(builder, CultureInfo.GetCultureInfo(name), fullNamesOnly: true);
        }

        for (var month = 0; month < 12; month++)
        {
            foreach (var word in TimestampWords.ExtraMonths[month])
            {
                Add(builder, word, (ref WordMeaning m) => m.Month = m.Month == 0 ? (byte)(month + 1) : m.Month);
            }
        }

        for (var day = 0; day < 7; day++)
        {
            foreach (var word in TimestampWords.ExtraWeekdays[day])
            {
                Add(builder, word, (ref WordMeaning m) => m.Weekday = (byte)(day + 1));
            }
        }

        AddRole(builder, TimestampWords.Prefixes, WordRoles.Prefix);
        AddRole(builder, TimestampWords.Connectors, WordRoles.Connector);
        AddRole(builder, TimestampWords.OrdinalSuffixes, WordRoles.OrdinalSuffix);
        AddRole(builder, TimestampWords.Noon, WordRoles.Noon);
        AddRole(builder, TimestampWords.Midnight, WordRoles.Midnight);
        AddRole(builder, TimestampWords.HourWords, WordRoles.HourWord);
        AddRole(builder, TimestampWords.AgoSuffixes, WordRoles.AgoSuffix);
        AddRole(builder, TimestampWords.AgoPrefixes, WordRoles.AgoPrefix);
        AddRole(builder, TimestampWords.One, WordRoles.One);
        AddRole(builder, TimestampWords.Now, WordRoles.Now);
        AddRole(builder, TimestampWords.IanaRegions, WordRoles.IanaRegion);
        foreach (var word in TimestampWords.AnteMeridiem)
        {
            Add(builder, word, (ref WordMeaning m) => m.Meridiem = 1);
        }

        foreach (var word in TimestampWords.PostMeridiem)
        {
            Add(builder, word, (ref WordMeaning m) => m.Meridiem = 2);
        }

        foreach (var (word, marker) in TimestampWords.CjkMarkers)
        {
            Add(builder, word, (ref WordMeaning m) => m.Cjk = marker);
        }

        for (var month = 0; month < 12; month++)
        {
            foreach (var word in TimestampWords.SolarHijriMonths[month])
            {
                Add(builder, word, (ref WordMeaning m) => (m.Month, m.Calendar) = ((byte)(month + 1), TimestampCalendar.SolarHijri));
            }

            foreach (var word in TimestampWords.HijriMonths[month])
            {
                Add(builder, word, (ref WordMeaning m) => (m.Month, m.Calendar) = ((byte)(month + 1), TimestampCalendar.Hijri));
            }

            foreach (var word in TimestampWords.ThaiMonths[month])
            {
                Add(builder, word, (ref WordMeaning m) => (m.Month, m.Calendar) = ((byte)(month + 1), TimestampCalendar.ThaiSolar));
            }
        }

        foreach (var (word, calendar) in TimestampWords.CalendarMarkers)
        {
            Add(builder, word, (ref WordMeaning m) => m.Calendar = calendar);
        }

        foreach (var (word, firstYear) in TimestampWords.CjkEras)
        {
            Add(builder, word, (ref WordMeaning m) => m.EraFirstYear = (short)firstYear);
        }

        foreach (var (word, isoDay) in TimestampWords.CjkWeekdays)
        {
            Add(builder, word, (ref WordMeaning m) => m.Weekday = (byte)isoDay);
        }

        foreach (var (word, unit) in TimestampWords.RelativeUnits)
        {
            Add(builder, word, (ref WordMeaning m) => m.Unit = unit);
        }

        foreach (var (word, days) in TimestampWords.RelativeDays)
        {
            Add(builder, word, (ref WordMeaning m) =>
            {
                m.Roles |= WordRoles.RelativeDay;
                m.RelativeDays = (sbyte)days;
            });
        }

        var zones = new ResolvedZone[TimestampWords.Zones.Length];
        for (var i = 0; i < zones.Length; i++)
        {
            var row = TimestampWords.Zones[i];
            var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(row.ZoneId)
                ?? throw new InvalidOperationException("Unknown zone id in the abbreviation table: " + row.ZoneId);
            zones[i] = new ResolvedZone(row.Abbreviation, zone, row.FixedOffsetMinutes is { } minutes ? Offset.FromSeconds(minutes * 60) : null, row.IsUtc);
            var index = (short)i;
            Add(builder, row.Abbreviation, (ref WordMeaning m) => m.Zone = index);
        }

        var capacity = 1;
        while (capacity < builder.Count * 2)
        {
            capacity <<= 1;
        }

        var mask = capacity - 1;
        var keys = new string?[capacity];
        var slots = new int[capacity];
        var meanings = new WordMeaning[builder.Count];
        var next = 0;
        foreach (var (key, meaning) in builder)
        {
            var slot = Hash(key) & mask;
            while (keys[slot] is not null)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = key;
            slots[slot] = next;
            meanings[next++] = meaning;
        }

        return new WordTableData(keys, slots, meanings, mask, zones);
    }

    private delegate void Update(ref WordMeaning meaning);

    /// <summary>The number of distinct keys (for tests).</summary>
    public static int Count => Table.Meanings.Length;

    /// <summary>Finds the meanings of <paramref name="word"/> (compared after <see cref="Fold"/>); -1 when unknown.</summary>
    public static int Find(ReadOnlySpan<char> word)
    {
        var table = Table;
        var slot = Hash(word) & table.Mask;
        var keys = table.Keys;
        while (keys[slot] is { } key)
        {
            if (FoldedEquals(word, key))
            {
                return table.Slots[slot];
            }

            slot = (slot + 1) & table.Mask;
        }

        return -1;
    }

    /// <summary>The meanings found by <see cref="Find"/>.</summary>
    public static ref readonly WordMeaning Get(int index) => ref Table.Meanings[index];

    /// <summary>
    /// Folds one character for matching: lower case (invariant), dotted and dotless Turkish i as i, typographic
    /// apostrophes as ', every white space as a space, Arabic alef with hamza or madda as bare alef, ё as е, Greek
    /// vowels without their tonos and dialytika (capitals drop them: "ΜΑΡΤΙΟΥ" is "Μαρτίου") and final sigma as sigma.
    /// </summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        var table = FoldTable;
        if (table is not null && c < table.Length)
        {
            return table[c];
        }

        // CJK, kana and Hangul have no case (U+3000, the ideographic space, is white space).
        return c is > '\u3000' and < '\uFF00' ? c : FoldSlow(c);
    }

    /// <summary>Folds of U+0000-U+06FF (Latin, Greek, Cyrillic, Arabic), so that common text never calls into the case tables.</summary>
    private static char[] BuildFoldTable()
    {
        var table = new char[0x700];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c + 32 : c) : FoldSlow((char)c);
        }

        return table;
    }

    private static char FoldSlow(char c)
    {
        switch (c)
        {
            case '\u0130' or '\u0131':
                return 'i';
            case '\u2019' or '\u2018' or '\u02BC' or '\u00B4':
                return '\'';
            case '\u0623' or '\u0625' or '\u0622':
                return '\u0627';
            case '\u064A' or '\u0649':
                // Arabic yeh and alef maksura as the Persian yeh ("فروردين" is "فروردین"); Arabic kaf as the Persian one.
                return '\u06CC';
            case '\u0643':
                return '\u06A9';
            case '\u0451' or '\u0401':
                return '\u0435';
            case '\u0386' or '\u03AC':
                return '\u03B1';
            case '\u0388' or '\u03AD':
                return '\u03B5';
            case '\u0389' or '\u03AE':
                return '\u03B7';
            case '\u038A' or '\u03AF' or '\u03AA' or '\u03CA' or '\u0390':
                return '\u03B9';
            case '\u038C' or '\u03CC':
                return '\u03BF';
            case '\u038E' or '\u03CD' or '\u03AB' or '\u03CB' or '\u03B0':
                return '\u03C5';
            case '\u038F' or '\u03CE':
                return '\u03C9';
            case '\u03C2':
                return '\u03C3';
            default:
                return char.IsWhiteSpace(c) ? ' ' : TextCase.Lower(c);
        }
    }

    private static int Hash(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ Fold(c)) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }

    private static bool FoldedEquals(ReadOnlySpan<char> text, string key)
    {
        if (text.Length != key.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (Fold(text[i]) != key[i])
            {
                return false;
            }
        }

        return true;
    }

    private static void AddCulture(Dictionary<string, WordMeaning> builder, CultureInfo culture, bool fullNamesOnly)
    {
        var format = culture.DateTimeFormat;
        if (format.Calendar is not GregorianCalendar)
        {
            return;
        }

        string[][] monthLists = fullNamesOnly
            ? [format.MonthNames, format.MonthGenitiveNames]
            : [format.MonthNames, format.MonthGenitiveNames, format.AbbreviatedMonthNames, format.AbbreviatedMonthGenitiveNames];
        foreach (var list in monthLists)
        {
            for (var month = 0; month < 12 && month < list.Length; month++)
            {
                var number = (byte)(month + 1);
                Add(builder, list[month], (ref WordMeaning m) => m.Month = m.Month == 0 ? number : m.Month);
                if (culture.TwoLetterISOLanguageName == "he" && list[month].Length > 0)
                {
                    // Hebrew writes "in" joined to the month in a date ("21 במאי 2024").
                    Add(builder, "ב" + list[month], (ref WordMeaning m) => m.Month = m.Month == 0 ? number : m.Month);
                }
            }
        }

        string[][] dayLists = fullNamesOnly ? [format.DayNames] : [format.DayNames, format.AbbreviatedDayNames];
        foreach (var list in dayLists)
        {
            for (var day = 0; day < 7 && day < list.Length; day++)
            {
                var isoDay = (byte)(day == 0 ? 7 : day);
                Add(builder, list[day], (ref WordMeaning m) => m.Weekday = m.Weekday == 0 ? isoDay : m.Weekday);

                // "segunda-feira" is tokenized as "segunda", "-", "feira": the first part names the day, the rest connects.
                var parts = list[day].Split('-');
                if (parts.Length > 1)
                {
                    Add(builder, parts[0], (ref WordMeaning m) => m.Weekday = m.Weekday == 0 ? isoDay : m.Weekday);
                    AddRole(builder, parts[1..], WordRoles.Connector);
                }
            }
        }
    }

    private static void AddRole(Dictionary<string, WordMeaning> builder, string[] words, WordRoles role)
    {
        foreach (var word in words)
        {
            Add(builder, word, (ref WordMeaning m) => m.Roles |= role);
        }
    }

    private static void Add(Dictionary<string, WordMeaning> builder, string word, Update update)
    {
        var key = Normalize(word);
        if (key.Length == 0)
        {
            return;
        }

        ref var meaning = ref GetOrAdd(builder, key);
        update(ref meaning);
        meaning.Roles |= WordRoles.Complete;

        for (var space = key.IndexOf(' ', StringComparison.Ordinal); space > 0; space = key.IndexOf(' ', space + 1))
        {
            GetOrAdd(builder, key[..space]).Roles |= WordRoles.Head;
        }
    }

    private static ref WordMeaning GetOrAdd(Dictionary<string, WordMeaning> builder, string key)
    {
        ref var meaning = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(builder, key, out var existed);
        if (!existed)
        {
            meaning.Zone = -1;
        }

        return ref meaning;
    }

    private static string Normalize(string word)
    {
        var trimmed = word.Trim().TrimEnd('.');
        return string.Create(trimmed.Length, trimmed, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });
    }
}

/// <summary>The built lookup: open-addressing keys, their meaning indexes, the meanings, and the zones.</summary>
internal sealed record WordTableData(string?[] Keys, int[] Slots, WordMeaning[] Meanings, int Mask, ResolvedZone[] Zones);

/// <summary>A row of the abbreviation table with its NodaTime zone.</summary>
/// <param name="Abbreviation">The abbreviation.</param>
/// <param name="Zone">The IANA zone.</param>
/// <param name="FixedOffset">The offset the abbreviation states, or null for a generic one.</param>
/// <param name="IsUtc">Whether it names UTC.</param>
internal sealed record ResolvedZone(string Abbreviation, DateTimeZone Zone, Offset? FixedOffset, bool IsUtc);
