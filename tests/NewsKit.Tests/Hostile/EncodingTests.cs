using System.Text;
using NewsKit.Input;

namespace NewsKit.Tests.Hostile;

/// <summary>
/// Bytes in every encoding a news page comes in, declared, undeclared or declared wrongly, become readable
/// text: byte order marks, a meta charset that lies, no charset at all (detected from the bytes), NUL bytes,
/// lone surrogates and invalid sequences. The texts are written for these tests.
/// </summary>
public sealed class EncodingTests
{
    private const string Russian = "Паром вышел из порта утром и вернулся только вечером, когда ветер стих. Жители посёлка ждали новостей на причале.";
    private const string French = "Le traversier a quitté le port à l'aube et n'est revenu qu'au soir, quand le vent s'est calmé. Les habitants attendaient sur le quai.";
    private const string German = "Die Fähre verließ den Hafen am Morgen und kehrte erst am Abend zurück, als der Wind nachließ. Die Bewohner warteten am Kai.";
    private const string Polish = "Prom wypłynął z portu o świcie i wrócił dopiero wieczorem, gdy wiatr ucichł. Mieszkańcy czekali na nabrzeżu źródłowym.";
    private const string Greek = "Το πλοίο έφυγε από το λιμάνι το πρωί και επέστρεψε μόνο το βράδυ, όταν ο άνεμος κόπασε. Οι κάτοικοι περίμεναν στην προβλήτα.";
    private const string Japanese = "フェリーは朝に港を出て、風が収まった夜になってようやく戻ってきた。住民たちは岸壁で知らせを待っていた。";
    private const string Chinese = "渡轮早上离开港口，直到晚上风停了才返回。居民们在码头上等待消息，学校推迟开学。";
    private const string Turkish = "Feribot sabah limandan ayrıldı ve ancak akşam, rüzgâr dindiğinde geri döndü. Kıyıdaki işçiler haberleri iskelede bekledi; şehir halkı da öyle.";
    private const string Hebrew = "המעבורת יצאה מהנמל בבוקר וחזרה רק בערב, כשהרוח נרגעה. תושבי הכפר חיכו לחדשות על המזח.";
    private const string Arabic = "غادرت العبارة الميناء في الصباح ولم تعد إلا في المساء عندما هدأت الرياح. وانتظر السكان الأخبار على الرصيف.";
    private const string TraditionalChinese = "渡輪早上離開港口，直到晚上風停了才返回。居民們在碼頭上等待消息，學校延後開學。";
    private const string Korean = "여객선은 아침에 항구를 떠나 바람이 잦아든 저녁에야 돌아왔다. 주민들은 부두에서 소식을 기다렸고 학교는 개학을 미뤘다.";
    private const string Spanish = "«Nos piden paciencia», dijo Begoña Núñez en el muelle. ¿Quién pagará la espera? ¡Nadie lo sabe todavía!";

    private static readonly Encoding CodePages = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    public static TheoryData<string, string> Undeclared => new()
    {
        { "windows-1251", Russian },
        { "windows-1252", French },
        { "windows-1252", German },
        { "iso-8859-2", Polish },
        { "windows-1250", Polish },
        { "iso-8859-5", Russian },
        { "iso-8859-7", Greek },
        { "shift_jis", Japanese },
        { "gb18030", Chinese },
        { "koi8-r", Russian },
        { "windows-1254", Turkish },
        { "windows-1255", Hebrew },
        { "windows-1256", Arabic },
        { "big5", TraditionalChinese },
        { "euc-jp", Japanese },
        { "ks_c_5601-1987", Korean },
        { "windows-1252", Spanish },
        // Few accented letters, whose bytes make valid Shift_JIS pairs ("üb" as FC 62) or letters of ISO-8859-2 ("«").
        { "windows-1252", "Unwetter über Süddeutschland: Straßen überflutet, Bäume entwurzelt." },
        { "windows-1252", "Élections : la gauche l'emporte à Besançon, « une victoire nette »." },
    };

    [Fact]
    public void A_declared_thai_charset_is_read_as_thai()
    {
        // TIS-620 (Windows-874): Thai's vowel and tone marks sit on the letters; they make the declared reading no worse than
        // a double-byte one that turns the same bytes into Chinese.
        const string Thai = "จังหวัดภูเก็ตสั่งตรวจสอบเรือนำเที่ยวทุกลำ เน้นอุปกรณ์ชูชีพและการพยากรณ์อากาศ หลังเหตุเรือสปีดโบ๊ตล่มเมื่อวันพุธ ผู้โดยสารบาดเจ็บ";
        var bytes = Encode("windows-874", Page(Thai, charset: "tis-620"));
        var decoded = PageDecoder.Decode(bytes, contentType: null);
        Assert.Contains(Thai, decoded.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(decoded.Warnings, w => w.Kind == WarningKind.Encoding);
    }

    [Theory]
    [MemberData(nameof(Undeclared))]
    public void Detects_an_undeclared_encoding_from_the_bytes(string encoding, string text)
    {
        var bytes = Encode(encoding, Page(text, charset: null));
        var decoded = PageDecoder.Decode(bytes, contentType: null);
        Assert.Contains(text, decoded.Text, StringComparison.Ordinal);
        Assert.Contains(decoded.Warnings, w => w.Kind == WarningKind.Encoding);

        var result = ArticleParser.Default.Parse((ReadOnlyMemory<byte>)bytes);
        Assert.Equal("Harbour", result.Article?.Headline);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData(null)]
    public void A_utf8_page_with_a_few_broken_bytes_stays_utf8(string? charset)
    {
        // German and Polish text in UTF-8, with one stray Latin-1 byte and one multi-byte character cut short; read as
        // anything else (GB18030 scores well on such bytes) every umlaut would turn into a Chinese character.
        var good = Encoding.UTF8.GetBytes(Page(German + " " + Polish, charset));
        var at = Array.IndexOf(good, (byte)'<', good.Length / 2);
        var bytes = good[..at].Concat(new byte[] { 0xE9, 0x20, 0xC3 }).Concat(good[at..]).ToArray();

        var decoded = PageDecoder.Decode(bytes, contentType: null);
        Assert.Equal(Encoding.UTF8.CodePage, decoded.Encoding.CodePage);
        Assert.Contains(German, decoded.Text, StringComparison.Ordinal);
        Assert.Contains(decoded.Warnings, w => w.Kind == WarningKind.Encoding);
    }

    public static TheoryData<string, int> Boms => new() { { "utf-8", 3 }, { "utf-16LE", 2 }, { "utf-16BE", 2 } };

    [Theory]
    [MemberData(nameof(Boms))]
    public void Reads_a_byte_order_mark_over_any_declaration(string encoding, int bomLength)
    {
        var target = Encoding.GetEncoding(encoding);
        var bytes = target.GetPreamble().Concat(target.GetBytes(Page(Russian, charset: "windows-1252"))).ToArray();
        Assert.Equal(bomLength, target.GetPreamble().Length);

        var result = ArticleParser.Default.Parse((ReadOnlyMemory<byte>)bytes);
        Assert.True(result.Success, result.ToString());
        Assert.Contains(Russian, result.Article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_utf16_without_a_byte_order_mark()
    {
        var result = ArticleParser.Default.Parse((ReadOnlyMemory<byte>)Encoding.Unicode.GetBytes(Page(German, charset: null)));
        Assert.True(result.Success, result.ToString());
        Assert.Contains(German, result.Article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meta_charset_that_says_utf8_over_legacy_bytes_is_overruled()
    {
        var bytes = Encode("windows-1251", Page(Russian, charset: "utf-8"));
        var result = ArticleParser.Default.Parse((ReadOnlyMemory<byte>)bytes);
        Assert.True(result.Success, result.ToString());
        Assert.Contains(Russian, result.Article.Body.Text, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Kind == WarningKind.Encoding && w.Message.Contains("declares utf-8", StringComparison.Ordinal));
    }

    [Fact]
    public void A_meta_charset_that_says_latin1_over_utf8_bytes_is_overruled()
    {
        var bytes = Encoding.UTF8.GetBytes(Page(Japanese, charset: "iso-8859-1"));
        var result = ArticleParser.Default.Parse((ReadOnlyMemory<byte>)bytes);
        Assert.True(result.Success, result.ToString());
        Assert.Contains(Japanese, result.Article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_true_meta_charset_is_followed()
    {
        var bytes = Encode("shift_jis", Page(Japanese, charset: "Shift_JIS"));
        var result = ArticleParser.Default.Parse((ReadOnlyMemory<byte>)bytes);
        Assert.True(result.Success, result.ToString());
        Assert.Contains(Japanese, result.Article.Body.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Warnings, w => w.Kind == WarningKind.Encoding);
    }

    [Fact]
    public void The_content_type_charset_wins_over_the_meta_charset()
    {
        var bytes = Encode("windows-1251", Page(Russian, charset: "windows-1252"));
        var result = ArticleParser.Default.Parse((ReadOnlyMemory<byte>)bytes, contentType: "text/html; charset=windows-1251");
        Assert.True(result.Success, result.ToString());
        Assert.Contains(Russian, result.Article.Body.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cp1251", "windows-1251", Russian)]
    [InlineData("x-cp1252", "windows-1252", French)]
    [InlineData("cp1254", "windows-1254", Turkish)]
    [InlineData("cp1255", "windows-1255", Hebrew)]
    [InlineData("windows-949", "ks_c_5601-1987", Korean)]
    [InlineData("euc-kr", "ks_c_5601-1987", Korean)]
    public void Every_label_of_a_code_page_names_it(string label, string encoding, string text)
    {
        var decoded = PageDecoder.Decode(Encode(encoding, Page(text, charset: label)), contentType: null);
        Assert.Contains(text, decoded.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(decoded.Warnings, w => w.Kind == WarningKind.Encoding);
    }

    [Fact]
    public void A_meta_charset_after_a_long_head_is_followed()
    {
        var scripts = string.Concat(Enumerable.Repeat("<script>window.dataLayer = window.dataLayer || []; dataLayer.push({ 'event': 'page' });</script>\n", 30));
        var page = Page(Turkish, charset: null).Replace("<head>", "<head>" + scripts + "<meta charset=\"windows-1254\">", StringComparison.Ordinal);
        var decoded = PageDecoder.Decode(Encode("windows-1254", page), contentType: null);
        Assert.Equal(1254, decoded.Encoding.CodePage);
        Assert.Contains(Turkish, decoded.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(decoded.Warnings, w => w.Kind == WarningKind.Encoding);
    }

    [Fact]
    public void A_charset_in_a_script_after_the_first_bytes_is_no_declaration()
    {
        var scripts = string.Concat(Enumerable.Repeat("<script>var headers = { 'Accept': 'text/html' };</script>\n", 40)) + "<script>xhr.setRequestHeader('Content-Type', 'text/html; charset=utf-8');</script>";
        var page = Page(Russian, charset: null).Replace("<head>", "<head>" + scripts, StringComparison.Ordinal);
        var decoded = PageDecoder.Decode(Encode("windows-1251", page), contentType: null);
        Assert.Equal(1251, decoded.Encoding.CodePage);
    }

    [Theory]
    [InlineData("windows-1251", "iso-8859-1", Russian)]
    [InlineData("iso-8859-7", "iso-8859-1", Greek)]
    [InlineData("koi8-r", "windows-1251", Russian)]
    public void A_single_byte_charset_the_bytes_contradict_gives_way_to_the_one_they_read_as(string encoding, string declared, string text)
    {
        var decoded = PageDecoder.Decode(Encode(encoding, Page(text, charset: declared)), contentType: null);
        Assert.Contains(text, decoded.Text, StringComparison.Ordinal);
        Assert.Contains(decoded.Warnings, w => w.Kind == WarningKind.Encoding && w.Message.Contains("declares " + PageDecoder.FromName(declared)!.WebName, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("utf-8", "text/html; charset=iso-8859-1", null)]
    [InlineData("windows-1252", "text/html; charset=utf-8", "windows-1252")]
    [InlineData("windows-1251", "text/html; charset=iso-8859-1", "windows-1251")]
    public void A_content_type_charset_the_bytes_contradict_gives_way(string encoding, string contentType, string? meta)
    {
        var text = encoding == "windows-1251" ? Russian : French;
        var bytes = encoding == "utf-8" ? Encoding.UTF8.GetBytes(Page(German, "utf-8")) : Encode(encoding, Page(text, meta));
        var decoded = PageDecoder.Decode(bytes, contentType);
        Assert.Contains(encoding == "utf-8" ? German : text, decoded.Text, StringComparison.Ordinal);
        Assert.Contains(decoded.Warnings, w => w.Kind == WarningKind.Encoding && w.Message.StartsWith("the Content-Type header declares", StringComparison.Ordinal));
    }

    [Fact]
    public void Nul_bytes_and_invalid_sequences_give_readable_text()
    {
        var page = Encoding.UTF8.GetBytes(Page(French, charset: "utf-8")).ToList();
        var at = page.Count / 2;
        page.InsertRange(at, new byte[] { 0, 0xC3, 0x28, 0xF0, 0x28, 0x8C, 0x28, 0, 0xFF });
        var result = ArticleParser.Default.Parse((ReadOnlyMemory<byte>)page.ToArray());
        Assert.True(result.Success, result.ToString());
        Assert.DoesNotContain('\0', result.Article.Body.Text);
        Assert.Contains("Le traversier", result.Article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lone_surrogates_in_text_input_do_not_throw()
    {
        var html = Page("Une \uD800 moitié \uDC00 de caractère " + French, charset: null) + "\uD83D";
        var result = ArticleParser.Default.Parse(html);
        Assert.True(result.Success, result.ToString());
        Assert.Contains(French, result.Article.Body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_or_hostile_charset_labels_fall_back_to_detection()
    {
        foreach (var label in new[] { "x-nonsense", "utf-7", "utf-32", "\"><script>", new string('a', 500) })
        {
            var bytes = Encode("windows-1252", Page(French, charset: label.Contains('"', StringComparison.Ordinal) ? null : label));
            var decoded = PageDecoder.Decode(bytes, "text/html; charset=" + label);
            Assert.Equal(1252, decoded.Encoding.CodePage);
            Assert.Contains(French, decoded.Text, StringComparison.Ordinal);
            Assert.True(ArticleParser.Default.Parse((ReadOnlyMemory<byte>)bytes, contentType: "text/html; charset=" + label).Success);
        }
    }

    [Fact]
    public void The_detector_never_throws_on_random_bytes()
    {
        var random = new Random(6);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 2000)];
            random.NextBytes(bytes);
            Assert.NotNull(EncodingDetector.Detect(bytes));
            Assert.NotNull(PageDecoder.Decode(bytes, null).Text);
        }
    }

    private static string Page(string text, string? charset) =>
        "<!DOCTYPE html><html><head>" + (charset is null ? string.Empty : $"<meta charset=\"{charset}\">")
        + "<title>Harbour</title></head><body><article><h1>Harbour</h1><p>" + text + "</p><p>" + text + "</p></article></body></html>";

    private static byte[] Encode(string encoding, string text) =>
        (CodePagesEncodingProvider.Instance.GetEncoding(encoding) ?? Encoding.GetEncoding(encoding)).GetBytes(text);

    [Fact]
    public void Code_pages_are_available_without_registering_a_provider()
    {
        Assert.NotNull(CodePages);
        Assert.NotNull(PageDecoder.FromName("windows-1251"));
        Assert.Equal(1252, PageDecoder.FromName("iso-8859-1")!.CodePage);
    }
}
