namespace NewsKit.Metadata;

/// <summary>
/// Function words (articles, prepositions, conjunctions, pronouns) of the Latin-script languages the language guess
/// knows. Each list holds common words that are rare in the other languages, so counting them tells the languages apart.
/// </summary>
internal static class LanguageRules
{
    public static readonly (string Language, HashSet<string> Words)[] FunctionWords =
    [
        ("en", Set("the", "and", "of", "to", "is", "that", "with", "for", "was", "are", "this", "have", "from", "which", "were", "been", "their", "would", "about", "there", "what", "when", "who", "they")),
        ("de", Set("der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "für", "dem", "den", "ein", "eine", "auch", "wird", "werden", "sind", "nach", "bei", "oder", "wie", "aus", "durch", "noch")),
        ("fr", Set("le", "la", "les", "et", "des", "est", "une", "dans", "du", "pour", "qui", "sur", "pas", "avec", "sont", "ce", "cette", "aux", "mais", "nous", "leur", "été", "comme", "elle")),
        ("es", Set("el", "los", "las", "y", "del", "que", "por", "una", "con", "para", "es", "está", "como", "más", "pero", "sus", "fue", "este", "esta", "también", "entre", "sobre", "hasta")),
        ("pt", Set("o", "os", "as", "e", "do", "da", "dos", "das", "que", "não", "em", "uma", "com", "para", "por", "é", "mais", "foi", "como", "mas", "seu", "sua", "são", "também", "às", "ao")),
        ("it", Set("il", "lo", "gli", "e", "di", "che", "non", "per", "una", "con", "del", "della", "sono", "è", "anche", "come", "nel", "nella", "alla", "questo", "questa", "più", "degli")),
        ("nl", Set("de", "het", "een", "en", "van", "is", "niet", "dat", "op", "met", "voor", "zijn", "ook", "aan", "bij", "worden", "naar", "wordt", "maar", "dit", "deze", "werd")),
        ("id", Set("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada", "juga", "ke", "karena", "ada", "atau", "mereka", "bisa", "sudah", "oleh")),
        ("pl", Set("i", "w", "nie", "się", "na", "że", "z", "do", "jest", "to", "jak", "ale", "po", "od", "przez", "dla", "czy", "tak", "już", "jego", "które", "był")),
        ("tr", Set("ve", "bir", "bu", "için", "ile", "da", "de", "olarak", "daha", "çok", "gibi", "ama", "olan", "sonra", "kadar", "en", "ne", "değil", "var", "ya")),
        ("hu", Set("és", "hogy", "nem", "az", "egy", "meg", "van", "volt", "mint", "csak", "már", "még", "ez", "azt", "szerint", "között", "után", "pedig", "amely", "kell", "lesz", "vagy", "ami")),
        ("ro", Set("și", "şi", "în", "cu", "pe", "din", "că", "care", "pentru", "este", "fost", "sunt", "unei", "unui", "acest", "această", "după", "sau", "lor", "către", "fi")),
        ("sv", Set("och", "att", "det", "som", "en", "är", "av", "för", "med", "till", "den", "har", "inte", "om", "ett", "på", "var", "men", "från", "vid")),
        ("vi", Set("và", "của", "là", "các", "có", "được", "cho", "trong", "với", "không", "những", "một", "này", "đã", "người", "khi", "để", "cũng", "đến", "từ", "theo", "sẽ")),
        ("tl", Set("ang", "ng", "mga", "sa", "ay", "si", "kay", "hindi", "ito", "niya", "nang", "kung", "rin", "din", "siya", "naman", "ayon")),
    ];

    /// <summary>The script family of a primary language subtag; "latin" for the languages not listed.</summary>
    public static string ScriptOf(string language) => language switch
    {
        "ru" or "uk" or "be" or "bg" or "sr" or "mk" or "kk" or "ky" or "mn" or "tg" => "cyrillic",
        "ar" or "fa" or "ur" or "ps" or "ku" => "arabic",
        "ja" or "zh" or "ko" => "cjk",
        "he" or "yi" => "hebrew",
        "el" => "greek",
        "th" => "thai",
        "hi" or "mr" or "ne" => "devanagari",
        _ => "latin",
    };

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
