using System.Buffers;

namespace NewsKit.Timestamps;

/// <summary>
/// Every word the timestamp normalizer knows, as data: the cultures whose month and weekday names come from
/// .NET's culture data, extra spellings those tables lack, byline prefixes and connectors, clock words,
/// relative-time words per language, CJK markers, the time-zone abbreviation table, and the punctuation the readers
/// skip.
/// <see cref="WordTable"/> turns these lists into one lookup, built once.
/// </summary>
/// <remarks>
/// Words are matched case-insensitively after folding (see <see cref="WordTable.Fold"/>): lower case, Turkish
/// dotted and dotless i as <c>i</c>, typographic apostrophes as <c>'</c>, Arabic hamza forms of alef as bare alef.
/// A trailing full stop is never part of a word ("Jul." and "Jul" are the same word). A key with spaces is a
/// multi-word entry ("il y a"); the words must be separated by exactly one space character in the text.
/// </remarks>
internal static class TimestampWords
{
    /// <summary>
    /// Cultures whose month names (nominative, genitive and abbreviated forms) and weekday names are read from
    /// .NET's culture data (ICU). Earlier cultures win when two languages spell different months the same way.
    /// <c>ar</c> gives the Egyptian-style Gregorian names (يناير), <c>ar-LB</c> the Levantine ones (كانون الثاني).
    /// </summary>
    public static readonly string[] Cultures = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "tr", "ar", "ar-LB"];

    /// <summary>
    /// Cultures whose full month and weekday names only are read (Swedish, Danish, Norwegian, Finnish, Czech, Slovak,
    /// Hungarian, Romanian, Croatian, Serbian, Slovenian, Greek, Bulgarian, Hebrew, Hindi, Bengali, Indonesian, Lithuanian,
    /// Latvian, Estonian, Belarusian): their
    /// abbreviations are words of other languages ("to", Danish Thursday; "pro", Czech December, in "Surface Pro 3").
    /// Not Malay: its full name of March is "Mac".
    /// </summary>
    public static readonly string[] FullNameCultures = ["sv", "da", "nb", "fi", "cs", "sk", "hu", "ro", "hr", "sr-Latn", "sr-Cyrl", "sl", "el", "bg", "he", "hi", "bn", "id", "lt", "lv", "et", "be", "ur"];

    /// <summary>Month spellings the culture tables lack (abbreviations with and without accents; of the full-name cultures, only
    /// the Greek and the accented Hungarian ones, which are no other language's words; Catalan's full names, with the
    /// elided "d'" before a vowel; the Arabic names of Morocco, Algeria and Tunisia: نونبر, جانفي; Latvian's locative, "12. martā"; Serbian's genitive, "2. октобра 2026.", "2. oktobra"; the Malay names that are not Indonesian ones, but "Mac", March).
    /// Index 0 is January.</summary>
    public static readonly string[][] ExtraMonths =
    [
        ["jän", "jänner", "janv", "ene", "gen", "янв", "ιαν", "gener", "جانفي", "janvārī", "јануара", "januara"],
        ["febr", "fév", "fevr", "févr", "fevrier", "fev", "февр", "фев", "φεβ", "febrer", "فيفري", "februārī", "фебруара", "februara"],
        ["mrz", "märz", "maerz", "mär", "мар", "márc", "μαρ", "març", "martā", "марта", "marta"],
        ["abr", "апр", "ápr", "απρ", "d'abril", "أفريل", "aprīlī", "априла", "aprila"],
        ["máj", "μαΐ", "μαι", "maig", "ماي", "maijā", "маја", "maja"],
        ["juin", "июн", "jún", "ιουν", "juny", "جوان", "jūnijā", "јуна", "juna"],
        ["juil", "июл", "júl", "ιουλ", "juliol", "يوليوز", "جويلية", "jūlijā", "јула", "jula", "julai"],
        ["août", "aout", "авг", "αυγ", "agost", "d'agost", "غشت", "أوت", "augustā", "августа", "avgusta", "ogos"],
        ["sept", "sep", "set", "сент", "сен", "szept", "σεπ", "setembre", "شتنبر", "septembrī", "септембра", "septembra"],
        ["oct", "okt", "ott", "out", "окт", "οκτ", "d'octubre", "oktobrī", "октобра", "oktobra"],
        ["nov", "нояб", "ноя", "νοε", "νοέ", "نونبر", "novembrī", "новембра", "novembra"],
        ["déc", "dec", "decembre", "dez", "dic", "дек", "δεκ", "desembre", "دجنبر", "decembrī", "децембра", "decembra", "disember"],
    ];

    /// <summary>Weekday spellings the culture tables lack (English abbreviations; the Persian names, which are not read from a culture: its month names are of the Solar Hijri calendar; the Malay ones that are not Indonesian; the Thai names, alone, after "วัน" (day) and before "ที่" (the): "วันศุกร์ที่ 7 มีนาคม"). Index 0 is Monday (ISO day 1).</summary>
    public static readonly string[][] ExtraWeekdays =
    [
        ["mon", "isnin", "دوشنبه", "دو‌شنبه", "จันทร์", "วันจันทร์", "วันจันทร์ที่"],
        ["tues", "tue", "سه‌شنبه", "سه شنبه", "อังคาร", "วันอังคาร", "วันอังคารที่"],
        ["weds", "wed", "چهارشنبه", "چهار‌شنبه", "พุธ", "วันพุธ", "วันพุธที่"],
        ["thur", "thurs", "thu", "khamis", "پنجشنبه", "پنج‌شنبه", "پنج شنبه", "พฤหัสบดี", "วันพฤหัสบดี", "วันพฤหัสบดีที่"],
        ["fri", "jumaat", "جمعه", "ศุกร์", "วันศุกร์", "วันศุกร์ที่"],
        ["sat", "شنبه", "เสาร์", "วันเสาร์", "วันเสาร์ที่"],
        ["sun", "ahad", "یکشنبه", "یک‌شنبه", "อาทิตย์", "วันอาทิตย์", "วันอาทิตย์ที่"],
    ];

    /// <summary>Words that introduce a timestamp in a byline or label; skipped.</summary>
    public static readonly string[] Prefixes =
    [
        "published", "updated", "posted", "last updated", "last modified", "modified", "created", "first published",
        "originally published", "published on", "updated on", "posted on", "edited", "released", "date", "pub", "upd",
        "veröffentlicht", "aktualisiert", "zuletzt aktualisiert", "erstellt", "stand", "publiziert", "geändert",
        "publié", "publié le", "mis à jour", "mise à jour", "modifié", "actualisé",
        "publicado", "actualizado", "actualización", "modificado",
        "pubblicato", "aggiornato", "aggiornamento",
        "atualizado", "atualização",
        "letzte aktualisierung", "letzte änderung", "zuletzt geändert", "zuletzt bearbeitet", "dernière mise à jour", "dernière modification",
        "última actualización", "última modificación", "ultimo aggiornamento", "ultima modifica", "última atualização", "laatst gewijzigd",
        "senast ändrad", "senast uppdaterad", "ostatnia modyfikacja", "ostatnia aktualizacja",
        "frissítve", "feltöltve", "megjelent", "publikálva", "actualizat", "publicat", "data publicării", "δημοσίευση", "yayın", "публикувано", "публикувана", "објављено", "обновена", "обновено", "актуализирана", "актуализирано", "ажурирано", "aktualizované", "publikované", "ažurirano", "objavljeno", "közzétéve", "ενημερώθηκε",
        "δημοσιεύθηκε", "עודכן", "פורסם", "cập nhật", "diperbarui", "diterbitkan", "dikemas kini", "güncellenme",
        "gepubliceerd", "bijgewerkt", "laatst bijgewerkt",
        "publicerad", "uppdaterad", "publiceret", "opdateret", "publisert", "oppdatert", "julkaistu", "päivitetty",
        "publikováno", "aktualizováno", "publikovano", "aktualizovano",
        "opublikowano", "aktualizacja", "zaktualizowano",
        "опубликовано", "обновлено", "дата публикации",
        "опубліковано", "оновлено",
        "yayınlanma", "güncelleme", "yayınlandı", "güncellendi", "tarihi",
        "نشر", "تم النشر", "آخر تحديث", "تحديث",
    ];

    /// <summary>
    /// Month names of the Solar Hijri calendar (Iran's and Afghanistan's civil calendar): the Persian names ("آذر"), then the
    /// Dari names of Afghanistan ("اسد"). Index 0 is the first month (Farvardin, Hamal). A date with one needs its year
    /// written (1300-1499); it is converted to the ISO calendar.
    /// </summary>
    public static readonly string[][] SolarHijriMonths =
    [
        ["فروردین", "حمل"], ["اردیبهشت", "ثور"], ["خرداد", "جوزا"], ["تیر", "سرطان"], ["مرداد", "امرداد", "اسد"], ["شهریور", "سنبله"],
        ["مهر", "میزان"], ["آبان", "عقرب"], ["آذر", "قوس"], ["دی", "جدی"], ["بهمن", "دلو"], ["اسفند", "حوت"],
    ];

    /// <summary>
    /// Month names of Thailand's solar calendar (the Gregorian months), full and abbreviated ("มีนาคม", "มี.ค."). Index 0 is
    /// January. A date with one takes its year as written in the Buddhist era (2568 is 2025) or the Gregorian one.
    /// </summary>
    public static readonly string[][] ThaiMonths =
    [
        ["มกราคม", "ม.ค."], ["กุมภาพันธ์", "ก.พ."], ["มีนาคม", "มี.ค."], ["เมษายน", "เม.ย."], ["พฤษภาคม", "พ.ค."], ["มิถุนายน", "มิ.ย."],
        ["กรกฎาคม", "ก.ค."], ["สิงหาคม", "ส.ค."], ["กันยายน", "ก.ย."], ["ตุลาคม", "ต.ค."], ["พฤศจิกายน", "พ.ย."], ["ธันวาคม", "ธ.ค."],
    ];

    /// <summary>
    /// Month names of the Hijri (lunar Islamic) calendar, with their common spellings. Index 0 is Muharram. A date with one
    /// needs its year written (1350-1499); it is converted to the ISO calendar by the Umm al-Qura tables.
    /// </summary>
    public static readonly string[][] HijriMonths =
    [
        ["محرم"], ["صفر"], ["ربيع الأول", "ربيع الاول", "ربيع أول"], ["ربيع الآخر", "ربيع الثاني", "ربيع ثاني", "ربيع الاخر"],
        ["جمادى الأولى", "جمادى الاولى", "جمادى الأول", "جمادى الاول"], ["جمادى الآخرة", "جمادى الثانية", "جمادى الاخرة", "جمادى الآخر"],
        ["رجب"], ["شعبان"], ["رمضان"], ["شوال"], ["ذو القعدة", "ذي القعدة"], ["ذو الحجة", "ذي الحجة"],
    ];

    /// <summary>Words written after a year that name its calendar ("١٤٤٦هـ", "۱۴۰۳ هجری شمسی").</summary>
    public static readonly (string Word, TimestampCalendar Calendar)[] CalendarMarkers =
    [
        ("هـ", TimestampCalendar.Hijri), ("هجري", TimestampCalendar.Hijri), ("هجرية", TimestampCalendar.Hijri), ("هجری قمری", TimestampCalendar.Hijri),
        ("قمری", TimestampCalendar.Hijri), ("هجری شمسی", TimestampCalendar.SolarHijri), ("شمسی", TimestampCalendar.SolarHijri),
        ("هـ.ش", TimestampCalendar.SolarHijri), ("ه.ش", TimestampCalendar.SolarHijri),
    ];

    /// <summary>Connecting words allowed between the parts of a timestamp ("on", "at", "de", "um", "г."); skipped.</summary>
    public static readonly string[] Connectors =
    [
        "on", "at", "the", "of", "by", "yang",
        "am", "um", "den", "uhr", "vom",
        "le", "à", "h",
        "de", "del", "el", "a las", "las", "hs",
        "il", "alle", "ore", "del",
        "às", "em",
        "om", "op", "uur",
        "น.", "เวลา", "วันที่",
        "r", "roku", "o", "godz",
        "г", "года", "в",
        "gada", "u", "у", "m", "d",
        "р", "року", "о",
        "saat", "ora",
        "kl", "klockan", "klokken", "klo", "kello",
        "في", "الساعة", "ء", "م",
    ];

    /// <summary>Suffixes that make a number a day of the month: 1st, 2nd, 3rd, 4th, 1er, 1º.</summary>
    public static readonly string[] OrdinalSuffixes = ["st", "nd", "rd", "th", "er", "º", "ª"];

    /// <summary>Words for before noon.</summary>
    public static readonly string[] AnteMeridiem = ["am", "午前", "上午", "오전", "ص", "صباحا", "صباحاً", "pagi"];

    /// <summary>Words for after noon.</summary>
    public static readonly string[] PostMeridiem = ["pm", "午後", "下午", "오후", "م", "مساء", "مساءً", "petang", "ptg", "malam"];

    /// <summary>Words that are 12:00.</summary>
    public static readonly string[] Noon = ["noon", "midday", "mittag"];

    /// <summary>Words that are 00:00 (the start of the day written with them).</summary>
    public static readonly string[] Midnight = ["midnight", "mitternacht", "minuit", "medianoche"];

    /// <summary>Words for the hour of a 24-hour clock written as a word ("18 Uhr", "17h", "17h30").</summary>
    public static readonly string[] HourWords = ["uhr", "h", "uur", "น."];

    /// <summary>Markers written after a number in Chinese, Japanese and Korean dates and times.</summary>
    public static readonly (string Word, CjkMarker Marker)[] CjkMarkers =
    [
        ("年", CjkMarker.Year), ("년", CjkMarker.Year),
        ("月", CjkMarker.Month), ("월", CjkMarker.Month),
        ("日", CjkMarker.Day), ("일", CjkMarker.Day), ("号", CjkMarker.Day), ("號", CjkMarker.Day),
        ("時", CjkMarker.Hour), ("时", CjkMarker.Hour), ("点", CjkMarker.Hour), ("點", CjkMarker.Hour), ("시", CjkMarker.Hour),
        ("分", CjkMarker.Minute), ("분", CjkMarker.Minute),
        ("秒", CjkMarker.Second), ("초", CjkMarker.Second),
    ];

    /// <summary>
    /// Calendar eras written before a year in Japanese and Chinese dates ("平成20年4月1日" is 2008-04-01, "民國110年" is
    /// 2021), each with the Gregorian year of its first year.
    /// </summary>
    public static readonly (string Word, int FirstYear)[] CjkEras =
    [
        ("明治", 1868), ("大正", 1912), ("昭和", 1926), ("平成", 1989), ("令和", 2019), ("民國", 1912), ("民国", 1912),
    ];

    /// <summary>Weekdays written in Chinese, Japanese and Korean (ISO day 1 is Monday).</summary>
    public static readonly (string Word, int IsoDay)[] CjkWeekdays =
    [
        ("星期一", 1), ("星期二", 2), ("星期三", 3), ("星期四", 4), ("星期五", 5), ("星期六", 6), ("星期日", 7), ("星期天", 7),
        ("周一", 1), ("周二", 2), ("周三", 3), ("周四", 4), ("周五", 5), ("周六", 6), ("周日", 7),
        ("週一", 1), ("週二", 2), ("週三", 3), ("週四", 4), ("週五", 5), ("週六", 6), ("週日", 7),
        ("월요일", 1), ("화요일", 2), ("수요일", 3), ("목요일", 4), ("금요일", 5), ("토요일", 6), ("일요일", 7),
    ];

    /// <summary>One-character weekdays written in parentheses after a date: Japanese (金) and Korean (금). Index 0 is Monday.</summary>
    public static readonly string[] ParenthesizedCjkWeekdays = ["月월", "火화", "水수", "木목", "金금", "土토", "日일"];

    /// <summary>Relative-time units per language, including the plural and case forms used with numbers.</summary>
    public static readonly (string Word, RelativeUnit Unit)[] RelativeUnits =
    [
        // English
        ("second", RelativeUnit.Second), ("seconds", RelativeUnit.Second), ("sec", RelativeUnit.Second), ("secs", RelativeUnit.Second), ("s", RelativeUnit.Second),
        ("minute", RelativeUnit.Minute), ("minutes", RelativeUnit.Minute), ("min", RelativeUnit.Minute), ("mins", RelativeUnit.Minute), ("m", RelativeUnit.Minute),
        ("hour", RelativeUnit.Hour), ("hours", RelativeUnit.Hour), ("hr", RelativeUnit.Hour), ("hrs", RelativeUnit.Hour), ("h", RelativeUnit.Hour),
        ("day", RelativeUnit.Day), ("days", RelativeUnit.Day), ("d", RelativeUnit.Day),
        ("week", RelativeUnit.Week), ("weeks", RelativeUnit.Week), ("wk", RelativeUnit.Week), ("wks", RelativeUnit.Week), ("w", RelativeUnit.Week),
        ("month", RelativeUnit.Month), ("months", RelativeUnit.Month), ("mo", RelativeUnit.Month), ("mos", RelativeUnit.Month),
        ("year", RelativeUnit.Year), ("years", RelativeUnit.Year), ("yr", RelativeUnit.Year), ("yrs", RelativeUnit.Year), ("y", RelativeUnit.Year),

        // German
        ("sekunde", RelativeUnit.Second), ("sekunden", RelativeUnit.Second), ("sek", RelativeUnit.Second),
        ("minuten", RelativeUnit.Minute),
        ("stunde", RelativeUnit.Hour), ("stunden", RelativeUnit.Hour), ("std", RelativeUnit.Hour),
        ("tag", RelativeUnit.Day), ("tagen", RelativeUnit.Day),
        ("woche", RelativeUnit.Week), ("wochen", RelativeUnit.Week),
        ("monat", RelativeUnit.Month), ("monaten", RelativeUnit.Month),
        ("jahr", RelativeUnit.Year), ("jahren", RelativeUnit.Year),

        // French
        ("seconde", RelativeUnit.Second), ("secondes", RelativeUnit.Second),
        ("heure", RelativeUnit.Hour), ("heures", RelativeUnit.Hour),
        ("jour", RelativeUnit.Day), ("jours", RelativeUnit.Day),
        ("semaine", RelativeUnit.Week), ("semaines", RelativeUnit.Week),
        ("mois", RelativeUnit.Month),
        ("an", RelativeUnit.Year), ("ans", RelativeUnit.Year), ("année", RelativeUnit.Year), ("années", RelativeUnit.Year),

        // Spanish, Italian, Portuguese
        ("segundo", RelativeUnit.Second), ("segundos", RelativeUnit.Second), ("secondo", RelativeUnit.Second), ("secondi", RelativeUnit.Second),
        ("minuto", RelativeUnit.Minute), ("minutos", RelativeUnit.Minute), ("minuti", RelativeUnit.Minute),
        ("hora", RelativeUnit.Hour), ("horas", RelativeUnit.Hour), ("ora", RelativeUnit.Hour), ("ore", RelativeUnit.Hour), ("un'ora", RelativeUnit.Hour), ("un’ora", RelativeUnit.Hour),
        ("día", RelativeUnit.Day), ("días", RelativeUnit.Day), ("dia", RelativeUnit.Day), ("dias", RelativeUnit.Day), ("giorno", RelativeUnit.Day), ("giorni", RelativeUnit.Day),
        ("semana", RelativeUnit.Week), ("semanas", RelativeUnit.Week), ("settimana", RelativeUnit.Week), ("settimane", RelativeUnit.Week),
        ("mes", RelativeUnit.Month), ("meses", RelativeUnit.Month), ("mês", RelativeUnit.Month), ("mese", RelativeUnit.Month), ("mesi", RelativeUnit.Month),
        ("año", RelativeUnit.Year), ("años", RelativeUnit.Year), ("ano", RelativeUnit.Year), ("anos", RelativeUnit.Year), ("anno", RelativeUnit.Year), ("anni", RelativeUnit.Year),

        // Dutch
        ("seconden", RelativeUnit.Second), ("minuut", RelativeUnit.Minute), ("uur", RelativeUnit.Hour),
        ("dag", RelativeUnit.Day), ("dagen", RelativeUnit.Day), ("weken", RelativeUnit.Week),
        ("maand", RelativeUnit.Month), ("maanden", RelativeUnit.Month), ("jaar", RelativeUnit.Year), ("jaren", RelativeUnit.Year),

        // Polish
        ("sekunda", RelativeUnit.Second), ("sekundy", RelativeUnit.Second), ("sekundę", RelativeUnit.Second), ("sekund", RelativeUnit.Second),
        ("minuta", RelativeUnit.Minute), ("minuty", RelativeUnit.Minute), ("minutę", RelativeUnit.Minute), ("minut", RelativeUnit.Minute),
        ("godzina", RelativeUnit.Hour), ("godziny", RelativeUnit.Hour), ("godzinę", RelativeUnit.Hour), ("godzin", RelativeUnit.Hour),
        ("dzień", RelativeUnit.Day), ("dni", RelativeUnit.Day),
        ("tydzień", RelativeUnit.Week), ("tygodnie", RelativeUnit.Week), ("tygodni", RelativeUnit.Week),
        ("miesiąc", RelativeUnit.Month), ("miesiące", RelativeUnit.Month), ("miesięcy", RelativeUnit.Month),
        ("rok", RelativeUnit.Year), ("lata", RelativeUnit.Year), ("lat", RelativeUnit.Year),

        // Russian
        ("секунду", RelativeUnit.Second), ("секунды", RelativeUnit.Second), ("секунд", RelativeUnit.Second), ("сек", RelativeUnit.Second),
        ("минуту", RelativeUnit.Minute), ("минуты", RelativeUnit.Minute), ("минут", RelativeUnit.Minute), ("мин", RelativeUnit.Minute),
        ("час", RelativeUnit.Hour), ("часа", RelativeUnit.Hour), ("часов", RelativeUnit.Hour), ("ч", RelativeUnit.Hour),
        ("день", RelativeUnit.Day), ("дня", RelativeUnit.Day), ("дней", RelativeUnit.Day),
        ("неделю", RelativeUnit.Week), ("недели", RelativeUnit.Week), ("недель", RelativeUnit.Week),
        ("месяц", RelativeUnit.Month), ("месяца", RelativeUnit.Month), ("месяцев", RelativeUnit.Month),
        ("год", RelativeUnit.Year), ("года", RelativeUnit.Year), ("лет", RelativeUnit.Year),

        // Bulgarian ("преди 3 часа") and Serbian ("пре 2 сата", "pre 2 sata"), where they differ from Russian
        ("минути", RelativeUnit.Minute), ("минута", RelativeUnit.Minute), ("часът", RelativeUnit.Hour), ("ден", RelativeUnit.Day), ("дни", RelativeUnit.Day),
        ("седмица", RelativeUnit.Week), ("седмици", RelativeUnit.Week), ("месеца", RelativeUnit.Month), ("месец", RelativeUnit.Month), ("години", RelativeUnit.Year), ("година", RelativeUnit.Year),
        ("сат", RelativeUnit.Hour), ("сата", RelativeUnit.Hour), ("сати", RelativeUnit.Hour), ("дан", RelativeUnit.Day), ("дана", RelativeUnit.Day),
        ("недеља", RelativeUnit.Week), ("недеље", RelativeUnit.Week), ("месеци", RelativeUnit.Month), ("године", RelativeUnit.Year),
        ("minuta", RelativeUnit.Minute), ("sat", RelativeUnit.Hour), ("sata", RelativeUnit.Hour), ("sati", RelativeUnit.Hour), ("dana", RelativeUnit.Day),

        // Ukrainian
        ("секунди", RelativeUnit.Second), ("хвилину", RelativeUnit.Minute), ("хвилини", RelativeUnit.Minute), ("хвилин", RelativeUnit.Minute), ("хв", RelativeUnit.Minute),
        ("годину", RelativeUnit.Hour), ("години", RelativeUnit.Hour), ("годин", RelativeUnit.Hour), ("год", RelativeUnit.Hour),
        ("дні", RelativeUnit.Day), ("днів", RelativeUnit.Day),
        ("тиждень", RelativeUnit.Week), ("тижні", RelativeUnit.Week), ("тижнів", RelativeUnit.Week),
        ("місяць", RelativeUnit.Month), ("місяці", RelativeUnit.Month), ("місяців", RelativeUnit.Month),
        ("рік", RelativeUnit.Year), ("роки", RelativeUnit.Year), ("років", RelativeUnit.Year),

        // Turkish
        ("saniye", RelativeUnit.Second), ("dakika", RelativeUnit.Minute), ("dk", RelativeUnit.Minute), ("saat", RelativeUnit.Hour),
        ("gün", RelativeUnit.Day), ("hafta", RelativeUnit.Week), ("ay", RelativeUnit.Month), ("yıl", RelativeUnit.Year),

        // Arabic (the dual forms, "ساعتين", are not read)
        ("ثانية", RelativeUnit.Second), ("ثوان", RelativeUnit.Second), ("دقيقة", RelativeUnit.Minute), ("دقائق", RelativeUnit.Minute),
        ("ساعة", RelativeUnit.Hour), ("ساعات", RelativeUnit.Hour), ("يوم", RelativeUnit.Day), ("أيام", RelativeUnit.Day),
        ("أسبوع", RelativeUnit.Week), ("أسابيع", RelativeUnit.Week), ("شهر", RelativeUnit.Month), ("أشهر", RelativeUnit.Month),
        ("سنة", RelativeUnit.Year), ("سنوات", RelativeUnit.Year),

        // Swedish, Danish, Norwegian ("2 dagar sedan", "for 3 timer siden")
        ("sekunder", RelativeUnit.Second), ("minuter", RelativeUnit.Minute), ("minutter", RelativeUnit.Minute), ("minutt", RelativeUnit.Minute),
        ("timme", RelativeUnit.Hour), ("timmar", RelativeUnit.Hour), ("timer", RelativeUnit.Hour),
        ("dagar", RelativeUnit.Day), ("dage", RelativeUnit.Day), ("dager", RelativeUnit.Day), ("døgn", RelativeUnit.Day),
        ("vecka", RelativeUnit.Week), ("veckor", RelativeUnit.Week), ("uge", RelativeUnit.Week), ("uger", RelativeUnit.Week), ("uke", RelativeUnit.Week), ("uker", RelativeUnit.Week),
        ("månad", RelativeUnit.Month), ("månader", RelativeUnit.Month), ("måned", RelativeUnit.Month), ("måneder", RelativeUnit.Month), ("år", RelativeUnit.Year),

        // Finnish ("2 päivää sitten")
        ("sekuntia", RelativeUnit.Second), ("minuutti", RelativeUnit.Minute), ("minuuttia", RelativeUnit.Minute), ("tunti", RelativeUnit.Hour), ("tuntia", RelativeUnit.Hour),
        ("päivä", RelativeUnit.Day), ("päivää", RelativeUnit.Day), ("viikko", RelativeUnit.Week), ("viikkoa", RelativeUnit.Week),
        ("kuukausi", RelativeUnit.Month), ("kuukautta", RelativeUnit.Month), ("vuosi", RelativeUnit.Year), ("vuotta", RelativeUnit.Year),

        // Czech ("před 2 dny")
        ("sekundou", RelativeUnit.Second), ("sekundami", RelativeUnit.Second), ("minutou", RelativeUnit.Minute), ("minutami", RelativeUnit.Minute),
        ("hodinou", RelativeUnit.Hour), ("hodinami", RelativeUnit.Hour), ("dnem", RelativeUnit.Day), ("dny", RelativeUnit.Day),
        ("týdnem", RelativeUnit.Week), ("týdny", RelativeUnit.Week), ("měsícem", RelativeUnit.Month), ("měsíci", RelativeUnit.Month),
        ("rokem", RelativeUnit.Year), ("lety", RelativeUnit.Year),

        // Greek ("πριν από 3 ημέρες")
        ("δευτερόλεπτα", RelativeUnit.Second), ("λεπτό", RelativeUnit.Minute), ("λεπτά", RelativeUnit.Minute), ("ώρα", RelativeUnit.Hour), ("ώρες", RelativeUnit.Hour),
        ("ημέρα", RelativeUnit.Day), ("ημέρες", RelativeUnit.Day), ("μέρα", RelativeUnit.Day), ("μέρες", RelativeUnit.Day),
        ("εβδομάδα", RelativeUnit.Week), ("εβδομάδες", RelativeUnit.Week), ("μήνα", RelativeUnit.Month), ("μήνες", RelativeUnit.Month),
        ("χρόνο", RelativeUnit.Year), ("χρόνια", RelativeUnit.Year),

        // Romanian ("acum 3 zile"; "luni", months, is also Monday and is not read)
        ("secunde", RelativeUnit.Second), ("oră", RelativeUnit.Hour), ("zi", RelativeUnit.Day), ("zile", RelativeUnit.Day),
        ("săptămână", RelativeUnit.Week), ("săptămâni", RelativeUnit.Week), ("lună", RelativeUnit.Month), ("ani", RelativeUnit.Year),

        // Indonesian ("3 hari yang lalu"), Vietnamese ("3 ngày trước"), Hebrew ("לפני 3 ימים")
        ("detik", RelativeUnit.Second), ("menit", RelativeUnit.Minute), ("jam", RelativeUnit.Hour), ("hari", RelativeUnit.Day),
        ("minggu", RelativeUnit.Week), ("bulan", RelativeUnit.Month), ("tahun", RelativeUnit.Year),
        ("giây", RelativeUnit.Second), ("phút", RelativeUnit.Minute), ("giờ", RelativeUnit.Hour), ("ngày", RelativeUnit.Day),
        ("tuần", RelativeUnit.Week), ("tháng", RelativeUnit.Month), ("năm", RelativeUnit.Year),
        ("שניות", RelativeUnit.Second), ("דקה", RelativeUnit.Minute), ("דקות", RelativeUnit.Minute), ("שעה", RelativeUnit.Hour), ("שעות", RelativeUnit.Hour),
        ("יום", RelativeUnit.Day), ("ימים", RelativeUnit.Day), ("שבוע", RelativeUnit.Week), ("שבועות", RelativeUnit.Week),
        ("חודש", RelativeUnit.Month), ("חודשים", RelativeUnit.Month), ("שנה", RelativeUnit.Year), ("שנים", RelativeUnit.Year),

        // Hungarian writes the unit and "ago" as one word ("3 napja", "2 órája"): these are also in AgoSuffixes.
        ("másodperce", RelativeUnit.Second), ("perce", RelativeUnit.Minute), ("órája", RelativeUnit.Hour), ("napja", RelativeUnit.Day),
        ("hete", RelativeUnit.Week), ("hónapja", RelativeUnit.Month), ("éve", RelativeUnit.Year),

        // Chinese, Japanese, Korean (written directly after the number)
        ("秒", RelativeUnit.Second), ("分钟", RelativeUnit.Minute), ("分鐘", RelativeUnit.Minute), ("分", RelativeUnit.Minute),
        ("小时", RelativeUnit.Hour), ("小時", RelativeUnit.Hour), ("時間", RelativeUnit.Hour), ("天", RelativeUnit.Day), ("日", RelativeUnit.Day),
        ("초", RelativeUnit.Second), ("분", RelativeUnit.Minute), ("시간", RelativeUnit.Hour), ("일", RelativeUnit.Day),
    ];

    /// <summary>Words written after the amount: "2 hours ago", "2 часа назад", "2 ore fa".</summary>
    public static readonly string[] AgoSuffixes = ["ago", "fa", "atrás", "geleden", "temu", "назад", "тому", "önce", "sedan", "siden", "sitten", "前", "전",
        "lalu", "trước", "zpět", "másodperce", "perce", "órája", "napja", "hete", "hónapja", "éve"];

    /// <summary>Words written before the amount: "vor 2 Stunden", "il y a 3 heures", "hace 2 horas", "há 2 horas", "před 2 dny".</summary>
    public static readonly string[] AgoPrefixes = ["vor", "il y a", "hace", "há", "před", "πριν από", "πριν", "acum", "منذ", "לפני", "преди", "пре", "pre", "prije"];

    /// <summary>Words for "one" before a unit ("an hour ago", "vor einer Stunde", "il y a une heure").</summary>
    public static readonly string[] One = ["a", "an", "one", "ein", "eine", "einer", "einem", "einen", "un", "une", "una", "uno", "um", "uma", "een"];

    /// <summary>Words for the reference instant itself.</summary>
    public static readonly string[] Now =
    [
        "now", "just now", "right now", "moments ago", "a moment ago", "gerade eben", "soeben", "jetzt", "à l'instant",
        "ahora", "justo ahora", "adesso", "proprio ora", "agora", "zojuist", "przed chwilą", "teraz", "только что", "сейчас",
        "щойно", "зараз", "az önce", "şimdi", "刚刚", "剛剛", "방금",
    ];

    /// <summary>Words for a day relative to the reference date: today is 0, yesterday -1.</summary>
    public static readonly (string Word, int Days)[] RelativeDays =
    [
        ("today", 0), ("yesterday", -1), ("heute", 0), ("gestern", -1), ("vorgestern", -2), ("aujourd'hui", 0), ("hier", -1),
        ("hoy", 0), ("ayer", -1), ("anteayer", -2), ("oggi", 0), ("ieri", -1), ("hoje", 0), ("ontem", -1),
        ("vandaag", 0), ("gisteren", -1), ("dzisiaj", 0), ("dziś", 0), ("wczoraj", -1),
        ("сегодня", 0), ("вчера", -1), ("позавчера", -2), ("сьогодні", 0), ("вчора", -1),
        ("bugün", 0), ("dün", -1), ("今天", 0), ("今日", 0), ("昨天", -1), ("昨日", -1), ("오늘", 0), ("어제", -1),
        ("اليوم", 0), ("أمس", -1),
        ("idag", 0), ("igår", -1), ("i dag", 0), ("i går", -1), ("tänään", 0), ("eilen", -1), ("dnes", 0), ("včera", -1),
        ("σήμερα", 0), ("χθες", -1), ("χτες", -1), ("azi", 0), ("astăzi", 0),
        ("днес", 0), ("данас", 0), ("јуче", -1), ("прекјуче", -2), ("danas", 0), ("juče", -1), ("jučer", -1),
        ("kemarin", -1), ("hari ini", 0), ("hôm qua", -1), ("hôm nay", 0), ("אתמול", -1), ("היום", 0), ("tegnap", -1),
    ];

    /// <summary>
    /// Punctuation skipped between the parts of an absolute timestamp ("Fri, 18.07.2025 | 08:52", "2025-07-18T05:52",
    /// "18 July 2025 – 08:52", "Sep 14th, ’18", "2025年7月18日（金）"): commas, stops, slashes, dashes, colons, bars, brackets and quotes, the
    /// ISO 'T', the Arabic and CJK comma and stop. '(' is not here: the reader looks into parentheses; '+' and '-' after
    /// a time or GMT/UTC start an offset instead.
    /// </summary>
    public static readonly SearchValues<char> SkippedPunctuation = SearchValues.Create(
        ",./-:;|@)[]'\u2019\"T\u2013\u2014\u2212\u00B7\u2022\u060C\uFF0C\u3001\u3002\uFF08\uFF09");

    /// <summary>Punctuation skipped in a relative time ("– 2 hours ago", "yesterday, 17:30", "(vor 2 Stunden)").</summary>
    public static readonly SearchValues<char> RelativeSkippedPunctuation = SearchValues.Create(",.:-|\u2013\u2014\u00B7\u2022()");

    /// <summary>
    /// Punctuation that may stand inside a timestamp when one is searched for in a longer text; any other punctuation
    /// ends the run of tokens being read ("By Jane Doe | Published 5:34 AM" is cut at the bar). The apostrophes stay in a run
    /// for a two-digit year ("Sep 14th, ’18").
    /// </summary>
    public static readonly SearchValues<char> RunPunctuation = SearchValues.Create(",./-:+()\u2212\u2013\u2014T\u060C\uFF0C\u3001@'\u2019");

    /// <summary>First segments of IANA zone names ("Europe/Berlin"); a word among these followed by "/" is read as a zone id.</summary>
    public static readonly string[] IanaRegions = ["Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific", "Etc"];

    /// <summary>
    /// Time-zone abbreviations. Matched only when written in capitals (Latin or Cyrillic). <c>FixedOffsetMinutes</c> is the offset the
    /// abbreviation itself states (EDT is always UTC-4); null for a generic name (ET, PT) whose offset follows the
    /// zone's daylight-saving rules on the date written. <c>ZoneId</c> is the IANA zone reported as
    /// <see cref="Timestamp.Zone"/> (a representative one where several zones share the abbreviation).
    /// UTC-like names (GMT, UTC, UT, Z) are read as an explicit zero offset and may carry an offset ("GMT+0300").
    /// Ambiguous choices: CST is US Central (not China), IST is India (not Ireland or Israel), BST is British Summer
    /// Time; AST is left out (Atlantic or Arabia).
    /// </summary>
    public static readonly ZoneAbbreviation[] Zones =
    [
        new("GMT", "Etc/UTC", 0, IsUtc: true), new("UTC", "Etc/UTC", 0, IsUtc: true), new("UT", "Etc/UTC", 0, IsUtc: true), new("Z", "Etc/UTC", 0, IsUtc: true),
        new("ET", "America/New_York", null), new("EST", "America/New_York", -300), new("EDT", "America/New_York", -240),
        new("CT", "America/Chicago", null), new("CST", "America/Chicago", -360), new("CDT", "America/Chicago", -300),
        new("MT", "America/Denver", null), new("MST", "America/Denver", -420), new("MDT", "America/Denver", -360),
        new("PT", "America/Los_Angeles", null), new("PST", "America/Los_Angeles", -480), new("PDT", "America/Los_Angeles", -420),
        new("AKT", "America/Anchorage", null), new("AKST", "America/Anchorage", -540), new("AKDT", "America/Anchorage", -480),
        new("HST", "Pacific/Honolulu", -600), new("HT", "Pacific/Honolulu", null),
        new("ADT", "America/Halifax", -180), new("NST", "America/St_Johns", -210), new("NDT", "America/St_Johns", -150),
        new("BST", "Europe/London", 60), new("UK", "Europe/London", null), new("IST", "Asia/Kolkata", 330),
        new("WET", "Europe/Lisbon", 0), new("WEST", "Europe/Lisbon", 60),
        new("CET", "Europe/Berlin", 60), new("CEST", "Europe/Berlin", 120), new("MEZ", "Europe/Berlin", 60), new("MESZ", "Europe/Berlin", 120),
        new("EET", "Europe/Athens", 120), new("EEST", "Europe/Athens", 180), new("MSK", "Europe/Moscow", 180), new("МСК", "Europe/Moscow", 180),
        new("SAST", "Africa/Johannesburg", 120), new("CAT", "Africa/Maputo", 120), new("EAT", "Africa/Nairobi", 180), new("WAT", "Africa/Lagos", 60),
        new("PKT", "Asia/Karachi", 300), new("ICT", "Asia/Bangkok", 420), new("WIB", "Asia/Jakarta", 420), new("WITA", "Asia/Makassar", 480), new("WIT", "Asia/Jayapura", 540),
        new("HKT", "Asia/Hong_Kong", 480), new("SGT", "Asia/Singapore", 480), new("MYT", "Asia/Kuala_Lumpur", 480), new("PHT", "Asia/Manila", 480), new("AWST", "Australia/Perth", 480),
        new("JST", "Asia/Tokyo", 540), new("KST", "Asia/Seoul", 540),
        new("ACST", "Australia/Adelaide", 570), new("ACDT", "Australia/Adelaide", 630),
        new("AEST", "Australia/Sydney", 600), new("AEDT", "Australia/Sydney", 660), new("AET", "Australia/Sydney", null),
        new("NZST", "Pacific/Auckland", 720), new("NZDT", "Pacific/Auckland", 780), new("NZT", "Pacific/Auckland", null),
    ];

    /// <summary>English month names, used in failure reasons. Index 0 is January.</summary>
    public static readonly string[] MonthNamesForMessages =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
}

/// <summary>One row of the zone abbreviation table.</summary>
/// <param name="Abbreviation">The abbreviation, in capitals.</param>
/// <param name="ZoneId">The IANA zone reported for it.</param>
/// <param name="FixedOffsetMinutes">The offset the abbreviation states; null when it follows the zone's rules.</param>
/// <param name="IsUtc">Whether it names UTC itself (read as an explicit offset, not a zone).</param>
internal sealed record ZoneAbbreviation(string Abbreviation, string ZoneId, int? FixedOffsetMinutes, bool IsUtc = false);

/// <summary>A unit of a relative time ("2 hours ago").</summary>
internal enum RelativeUnit : byte
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// <summary>What a CJK marker after a number means.</summary>
internal enum CjkMarker : byte
{
    None,
    Year,
    Month,
    Day,
    Hour,
    Minute,
    Second,
}
