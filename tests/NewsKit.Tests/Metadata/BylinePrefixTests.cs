using NewsKit.Metadata;
using NewsKit.Models;

namespace NewsKit.Tests.Metadata;

/// <summary>
/// A line near the headline that opens with a byline word ("By", "Von", "作者", "بقلم") names the authors, in scripts
/// with and without letter case, and is left out of the body; running text that happens to start with such a word
/// names nobody and stays in the body.
/// </summary>
public sealed class BylinePrefixTests
{
    private static string Page(string language, string headline, string line, string paragraph) =>
        $"""
        <!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>{headline}</title></head><body>
        <article><h1>{headline}</h1><p>{line}</p>
        <p>{paragraph}</p><p>{paragraph}</p><p>{paragraph}</p></article></body></html>
        """;

    private static (string[] People, string Body) Read(string html)
    {
        var article = new ArticleParser().Parse(html).Article!;
        return (article.Authors.Where(a => a.Kind == AuthorKind.Person).Select(a => a.Name).ToArray(), article.Body.Text);
    }

    [Theory]
    [InlineData("en", "By Jane Doe", "Jane Doe")]
    [InlineData("de", "Autor: Petra Beispiel", "Petra Beispiel")]
    [InlineData("en", "Author: Jane Doe", "Jane Doe")]
    [InlineData("zh", "作者：张三", "张三")]
    [InlineData("de", "Blog Beitrag von Petra Beispiel", "Petra Beispiel")]
    [InlineData("de", "Ein Interview von Petra Beispiel mit Hans Muster", "Petra Beispiel")]
    [InlineData("en", "A story by Jane Doe", "Jane Doe")]
    [InlineData("en", "Words and photographs by Tom Ashby", "Tom Ashby")]
    [InlineData("id", "Diposting oleh Bunda Lia", "Bunda Lia")]
    [InlineData("pl", "Opublikowane przez Anna Nowak", "Anna Nowak")]
    [InlineData("sv", "Upplagd av Anna Berg", "Anna Berg")]
    [InlineData("tr", "Gönderen Ayşe Yılmaz", "Ayşe Yılmaz")]
    [InlineData("ru", "Опубликовано Иван Петров", "Иван Петров")]
    [InlineData("cs", "Vystavil Jan Novák", "Jan Novák")]
    [InlineData("ar", "بقلم: محمد علي", "محمد علي")]
    [InlineData("nl", "Tekst Marijke de Boer, beeld Siebe Wiersma", "Marijke de Boer")]
    [InlineData("fr", "Un texte de Simon Bouchard-Lévesque", "Simon Bouchard-Lévesque")]
    [InlineData("fr", "Une chronique de Marie Lefèvre", "Marie Lefèvre")]
    public void A_byline_word_opens_the_authors_line(string language, string line, string author)
    {
        var html = Page(language, "Headline of the story here", line, "A paragraph of the article that runs long enough to be body text, with more words in it.");
        var (people, body) = Read(html);
        Assert.Equal([author], people);
        Assert.DoesNotContain(author, body, StringComparison.Ordinal);
        Assert.Contains("A paragraph of the article", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de", "Geschrieben von Thomas Maier", "Thomas Maier")]
    [InlineData("de", "Verfasst von Thomas Maier", "Thomas Maier")]
    [InlineData("fr", "Rédigé par Marie Dupont", "Marie Dupont")]
    [InlineData("fr", "Écrit par Marie Dupont", "Marie Dupont")]
    [InlineData("it", "Scritto da Giulia Rossi", "Giulia Rossi")]
    [InlineData("es", "Escrito por Lucía García", "Lucía García")]
    [InlineData("pl", "Napisała Anna Nowak", "Anna Nowak")]
    [InlineData("tr", "Yazan: Ayşe Yılmaz", "Ayşe Yılmaz")]
    [InlineData("nl", "Door Jan de Vries", "Jan de Vries")]
    [InlineData("nl", "Door Jan van Dijk", "Jan van Dijk")]
    [InlineData("es", "Por José Luis Pérez de la Fuente", "José Luis Pérez de la Fuente")]
    [InlineData("en", "By Ahmed al-Rashid", "Ahmed al-Rashid")]
    [InlineData("en", "By Yasmin el-Sayed", "Yasmin el-Sayed")]
    [InlineData("fr", "Par Jean d'Alembert", "Jean d'Alembert")]
    [InlineData("de", "Von unserem Korrespondenten Pierre Dupont", "Pierre Dupont")]
    [InlineData("de", "Von unserer Redakteurin Maria Schmidt", "Maria Schmidt")]
    [InlineData("ru", "Текст: Иван Петров", "Иван Петров")]
    [InlineData("ar", "كتبت: سارة خالد", "سارة خالد")]
    [InlineData("zh", "文／陈志明", "陈志明")]
    [InlineData("it", "di Giulia Rossi | 3 febbraio 2021", "Giulia Rossi")]
    [InlineData("it", "di Giulia Rossi — Pubblicato il 3 febbraio 2021", "Giulia Rossi")]
    [InlineData("de", "von Anna Berg, 03.02.2021", "Anna Berg")]
    [InlineData("it", "di Giulia Rossi — Pubblicato il 3 febbraio 2021 alle 14:05 — Aggiornato il 5 febbraio 2021", "Giulia Rossi")]
    public void CMS_byline_phrases_a_month_first_name_before_a_particle_and_a_lower_case_byline_before_its_date_name_the_author(string language, string line, string author)
    {
        var html = Page(language, "Headline of the story here", line, "A paragraph of the article that runs long enough to be body text, with more words in it.");
        Assert.Equal([author], Read(html).People);
    }

    [Theory]
    [InlineData("en", "Published by Jane Doe", "Jane Doe")]
    [InlineData("en", "Interview by Jane Doe", "Jane Doe")]
    [InlineData("de", "Eingestellt von Thomas Maier", "Thomas Maier")]
    [InlineData("de", "Veröffentlicht von Thomas Maier", "Thomas Maier")]
    [InlineData("de", "Das Interview führte Thomas Maier", "Thomas Maier")]
    [InlineData("fr", "Publié par Marie Dupont", "Marie Dupont")]
    [InlineData("fr", "Propos recueillis par Marie Dupont", "Marie Dupont")]
    [InlineData("es", "Publicado por Lucía García", "Lucía García")]
    [InlineData("es", "Entrevista de Lucía García", "Lucía García")]
    [InlineData("pt", "Postado por Tiago Mendes", "Tiago Mendes")]
    [InlineData("it", "Pubblicato da Giulia Rossi", "Giulia Rossi")]
    [InlineData("it", "A cura di Giulia Rossi", "Giulia Rossi")]
    [InlineData("it", "Dal nostro inviato Paolo Verdi", "Paolo Verdi")]
    [InlineData("nl", "Geplaatst door Jan de Vries", "Jan de Vries")]
    [InlineData("sv", "Publicerad av Anna Lindqvist", "Anna Lindqvist")]
    [InlineData("pl", "Opracowanie: Anna Nowak", "Anna Nowak")]
    public void Publishing_and_interview_phrases_of_blog_themes_and_newsrooms_open_the_authors_line(string language, string line, string author)
    {
        // Neither the phrase's first word ("Published", "Interview") nor the whole phrase is a name.
        var html = Page(language, "Headline of the story here", line, "A paragraph of the article that runs long enough to be body text, with more words in it.");
        Assert.Equal([author], Read(html).People);
    }

    [Fact]
    public void A_byline_in_a_definition_list_of_article_info_names_the_author()
    {
        // Joomla's article info: <dl class="article-info"><dd class="createdby">Geschrieben von ...</dd></dl>.
        var html = Page("de", "Derbysieg für die erste Mannschaft", "Veröffentlicht am 03.02.2021", "Die Stadtverwaltung hat am Vormittag über die Pläne informiert, die Arbeiten sollen noch in diesem Jahr beginnen.")
            .Replace("<h1>Derbysieg für die erste Mannschaft</h1>", "<h1>Derbysieg für die erste Mannschaft</h1><dl class=\"article-info\"><dd class=\"createdby\">Geschrieben von Thomas Maier</dd></dl>", StringComparison.Ordinal);
        Assert.Equal(["Thomas Maier"], Read(html).People);
    }

    [Fact]
    public void A_chinese_byline_names_the_reporter_and_the_correspondent()
    {
        var html = Page("zh", "市中心新增自行车道", "记者 陈志明 通讯员 王芳", "市政府周二宣布，将在市中心新建三条自行车道，以缓解交通拥堵并鼓励市民绿色出行。");
        Assert.Equal(["陈志明", "王芳"], Read(html).People);
    }

    [Theory]
    [InlineData("By Jane Doe, WNYC")]
    [InlineData("By Jane Doe, NPR")]
    [InlineData("Von Pierre Dupont, Paris")]
    [InlineData("By Jane Doe, Boston")]
    public void An_outlet_or_a_place_after_a_full_name_is_no_second_author(string line)
    {
        // The outlet's acronym after the name is where the person works, as the place is where they write from: no author
        // (issue 13 counts "WNYC" beside a reporter among the outlets that came out as authors).
        var html = Page("en", "Headline of the story here", line, "A paragraph of the article that runs long enough to be body text, with more words in it.");
        var article = new ArticleParser().Parse(html).Article!;
        Assert.Equal([line.Contains("Pierre", StringComparison.Ordinal) ? "Pierre Dupont" : "Jane Doe"], article.Authors.Select(a => a.Name));
    }

    [Theory]
    [InlineData("Created by Anna Schultz")]
    [InlineData("Co-authored by Anna Schultz")]
    [InlineData("Authored by Anna Schultz")]
    [InlineData("Recipe by Anna Schultz")]
    public void A_verb_of_authorship_before_by_is_no_name(string line)
    {
        var html = Page("en", "Headline of the story here", line, "A paragraph of the article that runs long enough to be body text, with more words in it.");
        Assert.Equal(["Anna Schultz"], Read(html).People);
    }

    [Theory]
    [InlineData("<blockquote><p>With a single limit we are closing the loopholes that criminals have long exploited.</p><p class=\"gsc-quote-author\">Andrzej Domanski, Minister for Finance</p></blockquote>")]
    [InlineData("<div class=\"quotes\"><p>With a single limit we are closing the loopholes that criminals have long exploited.</p><p class=\"quote-author\">Teresa Ribera</p></div>")]
    public void Who_a_quotation_names_is_no_author(string quote)
    {
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council and Parliament strike deal on cash limit</title></head><body>
            <article><h1>Council and Parliament strike deal on cash limit</h1>
            <p>The presidency and the negotiators today reached a provisional agreement on an EU-wide limit on large cash payments.</p>{quote}
            <p>The new rules will apply three years after the entry into force of the regulation, the presidency said on Tuesday.</p></article></body></html>
            """;
        Assert.Empty(new ArticleParser().Parse(html).Article!.Authors);
    }

    [Fact]
    public void A_greek_name_in_capitals_is_recased_with_a_final_sigma_and_takes_the_declared_accents()
    {
        const string Text = "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για τη στήριξη των νοικοκυριών απέναντι στην ακρίβεια της ενέργειας.";
        var shown = Page("el", "Νέα μέτρα για την ενέργεια", "<span class=\"author\">ΓΙΑΝΝΗΣ ΠΑΠΑΔΟΠΟΥΛΟΣ</span>", Text);
        Assert.Equal(["Γιαννης Παπαδοπουλος"], Read(shown).People);

        var declared = shown.Replace("</head>", """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Νέα μέτρα για την ενέργεια","author":{"@type":"Person","name":"Γιάννης Παπαδόπουλος"}}</script></head>""", StringComparison.Ordinal);
        Assert.Equal(["Γιάννης Παπαδόπουλος"], Read(declared).People);
    }

    [Fact]
    public void A_turkish_name_in_capitals_on_a_page_in_another_language_takes_the_declared_dotless_i()
    {
        const string Text = "Der Stadtrat hat heute beschlossen, die alte Hafenbrücke im nächsten Monat wieder für den Verkehr freizugeben.";
        var shown = Page("de", "Hafenbrücke wird wieder geöffnet", "<span class=\"author\">SERKAN YILDIZ</span>", Text);
        var declared = shown.Replace("</head>", """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Hafenbrücke wird wieder geöffnet","author":{"@type":"Person","name":"Serkan Yıldız"}}</script></head>""", StringComparison.Ordinal);
        Assert.Equal(["Serkan Yıldız"], Read(declared).People);
    }

    [Fact]
    public void A_greek_surname_in_capitals_after_a_given_name_is_recased_with_a_final_sigma()
    {
        const string Text = "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για τη στήριξη των νοικοκυριών απέναντι στην ακρίβεια της ενέργειας.";
        var shown = Page("el", "Νέα μέτρα για την ενέργεια", "<span class=\"author\">Γιάννης ΠΑΠΑΔΟΠΟΥΛΟΣ</span>", Text);
        Assert.Equal(["Γιάννης Παπαδοπουλος"], Read(shown).People);
    }

    [Fact]
    public void A_credit_for_text_and_photos_names_its_author_and_a_photo_credit_names_none()
    {
        const string Text = "Chính quyền thành phố cho biết sẽ mở thêm ba tuyến xe buýt mới trong tháng tới để giảm ùn tắc giờ cao điểm.";
        Assert.Equal(["Ngọc Quý"], Read(Page("vi", "Thêm ba tuyến xe buýt mới", "Bài và ảnh: Ngọc Quý", Text)).People);

        const string Serbian = "Радови на новом мосту преко Саве трајаће још најмање две године, саопштило је министарство грађевинарства.";
        Assert.Empty(Read(Page("sr", "Нови мост преко Саве", "<span class=\"photoAuthor\">Фото: Танјуг/Јарослав Пап</span>", Serbian)).People);
    }

    [Theory]
    [InlineData("bg", "<span class=\"author\">Автор: <a href=\"/bg/authors/pstoyanova\">Петя Стоянова</a></span> <span class=\"author\">Редактор: <a href=\"/bg/authors/dkolev\">Димитър Колев</a></span>", "Петя Стоянова")]
    [InlineData("zh", "<span class=\"author\">撰文：梁凱婷 出版：</span>", "梁凱婷")]
    public void An_editor_and_a_label_run_on_after_the_name_are_no_authors(string language, string line, string author)
    {
        var html = Page(language, "Headline of the story here", line, "A paragraph of the article that runs long enough to be body text, with more words in it.");
        Assert.Equal([author], Read(html).People);
    }

    [Fact]
    public void A_reporters_title_after_a_declared_korean_name_is_no_part_of_it()
    {
        var html = Page("ko", "수원시, 심야 광역버스 4개 노선 신설", "", "수원시가 서울 도심과 강남을 오가는 심야 광역버스 4개 노선을 신설한다고 7일 밝혔다. 시는 다음 달부터 운행을 시작한다.")
            .Replace("</head>", """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"수원시, 심야 광역버스 4개 노선 신설","author":[{"@type":"Person","name":"이정민 기자"}]}</script></head>""", StringComparison.Ordinal)
            .Replace("<p></p>", "<p>이정민 기자</p>", StringComparison.Ordinal);
        Assert.Equal(["이정민"], Read(html).People);
    }

    [Fact]
    public void A_list_of_reporters_names_each_of_them()
    {
        var line = """
            <span class="ArticleDetailView_reporterList__7rZd2"><span class="ArticleDetailReporterList_item"><a href="/arti/SERIES/reporter/2031"><span class="ArticleDetailReporterList_reporterName__4b3nH">고한솔</span>기자</a></span>
            <span class="ArticleDetailReporterList_item"><a href="/arti/SERIES/reporter/2190"><span class="ArticleDetailReporterList_reporterName__4b3nH">정인선</span>기자</a></span></span>
            """;
        var html = Page("ko", "초미세먼지 나쁨 일수 줄었지만 봄철 고농도 여전", line, "지난해 전국 초미세먼지 나쁨 일수가 관측 이래 가장 적었지만, 봄철 고농도 현상은 여전한 것으로 나타났다고 환경부가 밝혔다.");
        Assert.Equal(["고한솔", "정인선"], Read(html).People);
    }

    [Fact]
    public void A_time_written_between_the_update_label_and_the_date_is_cut_with_them()
    {
        var html = Page("en", "Headline of the story here", "By Jill Disis, CNN Business Updated 0339 GMT (1139 HKT) November 19, 2019",
            "A paragraph of the article that runs long enough to be body text, with more words in it.");
        var authors = new ArticleParser().Parse(html).Article!.Authors;
        Assert.Equal(["Jill Disis"], authors.Select(a => a.Name));
    }

    [Theory]
    [InlineData("Von: Polizeipräsidium Musterstadt")]
    [InlineData("Von Landratsamt Musterkreis")]
    [InlineData("Text: Gemeindeverwaltung Musterdorf")]
    [InlineData("Von Zahnarztpraxis Dr. Neubauer")]
    [InlineData("Text: Anwaltskanzlei Berger & Sohn")]
    [InlineData("Von Stadt Musterstadt")]
    [InlineData("By Springfield Police Department")]
    [InlineData("By Acme Corp.")]
    public void An_authority_or_a_company_in_the_byline_is_no_person(string line)
    {
        var html = Page("de", "Headline of the story here", line, "A paragraph of the article that runs long enough to be body text, with more words in it.");
        Assert.Empty(Read(html).People);
    }

    [Theory]
    [InlineData("en", "Posted on March 3, 2024 by Jane Doe", "Jane Doe")]
    [InlineData("fr", "Publié le 3 mars 2024 par Marie Dupont", "Marie Dupont")]
    [InlineData("de", "Veröffentlicht am 3. März 2024 von Petra Beispiel", "Petra Beispiel")]
    [InlineData("en", "March 3, 2024 by Jane Doe", "Jane Doe")]
    [InlineData("it", "10 febbraio 2026 - di Piero Gallo", "Piero Gallo")]
    [InlineData("it", "martedì 10 febbraio 2026 - di Piero Gallo", "Piero Gallo")]
    [InlineData("es", "lunes 9 de febrero de 2026 | por Juan Pérez", "Juan Pérez")]
    [InlineData("pl", "Opublikowano: 8 września 2026, 11:05 · Autor: Marta Grabowska", "Marta Grabowska")]
    [InlineData("fi", "Kirjoittanut: Ville-Pekka Mäkelä", "Ville-Pekka Mäkelä")]
    public void A_byline_after_the_date_of_its_line_names_the_author(string language, string line, string author)
    {
        var html = Page(language, "Headline of the story here", line, "A paragraph of the article that runs long enough to be body text, with more words in it.")
            .Replace("<p>" + line, "<p class=\"byline\">" + line, StringComparison.Ordinal);
        Assert.Equal([author], Read(html).People);
    }

    [Theory]
    [InlineData("Published: June 3, 2024 | By Sam Beispiel", "Sam Beispiel", "div class=\"meta\"", "div")]
    [InlineData("Posted on June 3, 2024 by Sam Beispiel", "Sam Beispiel", "div class=\"meta\"", "div")]
    [InlineData("Published: June 3, 2024 | By Sam Beispiel", "Sam Beispiel", "font size=\"1\"", "font")]
    [InlineData("12.03.2024, 14:05 Uhr | Von Sam Beispiel", "Sam Beispiel", "p class=\"meta\"", "p")]
    [InlineData("February 11, 2022 — by Sam Beispiel — 34 comments", "Sam Beispiel", "div class=\"entry__meta\"", "div")]
    public void A_line_that_opens_with_a_publishing_verb_and_its_date_names_the_author_after_them_without_byline_markup(string line, string author, string open, string close)
    {
        var html = Page("en", "Headline of the story here", line, "A paragraph of the article that runs long enough to be body text, with more words in it.")
            .Replace("<p>" + line + "</p>", $"<{open}>{line}</{close}>", StringComparison.Ordinal);
        Assert.Equal([author], Read(html).People);
    }

    [Theory]
    [InlineData("it", "martedì 10 febbraio 2026 - di Piero Gallo")]
    [InlineData("it", "Martedì 10 Febbraio 2026 - di Piero Gallo")]
    [InlineData("en", "Tuesday, February 10, 2026 - by Jonathan Alexander-Smith")]
    public void A_date_line_that_runs_on_into_a_byline_dates_the_article_and_names_its_author(string language, string line)
    {
        var html = Page(language, "Headline of the story here", line, "A paragraph of the article that runs long enough to be body text, with more words in it.");
        var article = new ArticleParser().Parse(html).Article!;
        Assert.Equal(new NodaTime.LocalDate(2026, 2, 10), article.Dateline.Published?.Date);
        Assert.Single(article.Authors);
    }

    [Theory]
    [InlineData("it", "dal nostro corrispondente Piero Gallo", "Piero Gallo")]
    [InlineData("it", "Dalla nostra corrispondente Maria Rossi", "Maria Rossi")]
    [InlineData("fr", "De notre correspondant Pierre Gallet", "Pierre Gallet")]
    public void A_correspondents_byline_names_the_correspondent(string language, string line, string author)
    {
        var html = Page(language, "Headline of the story here", line, "A paragraph of the article that runs long enough to be body text, with more words in it.");
        Assert.Equal([author], Read(html).People);
    }

    [Fact]
    public void A_byline_that_runs_on_into_the_story_stays_in_the_body()
    {
        var html = Page("en", "Headline of the story here", "By JANE DOE — NEW YORK (AP) — The mayor resigned on Tuesday.", "A paragraph of the article that runs long enough to be body text, with more words in it.");
        var (people, body) = Read(html);
        Assert.Equal(["Jane Doe"], people);
        Assert.Contains("The mayor resigned on Tuesday.", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "by the river, the new park opened on Monday")]
    [InlineData("zh", "文化部今天宣布新的博物馆将于明年开放")]
    [InlineData("de", "1923 wurde von Staben nach Juval eine Seilbahn gebaut, auf der die Bauern ihre Waren ins Tal brachten.")]
    [InlineData("de", "2022 kaufte von Bergen | Von Anfang an war das Gut ein Familienbetrieb mit vielen Tieren.")]
    public void Running_text_that_starts_with_a_byline_word_names_nobody(string language, string line)
    {
        var html = Page(language, "Headline of the story here", line, "A paragraph of the article that runs long enough to be body text, with more words in it.");
        var (people, body) = Read(html);
        Assert.Empty(people);
        Assert.Contains(line, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("style=\"visibility: hidden\"")]
    [InlineData("style=\"DISPLAY:NONE\"")]
    [InlineData("aria-hidden=\"TRUE\"")]
    [InlineData("hidden")]
    public void A_hidden_byline_names_nobody_and_is_not_body_by_the_same_rule(string hiding)
    {
        var html = Page("en", "Headline of the story here", "Filed by the desk", "A paragraph of the article that runs long enough to be body text, with more words in it.")
            .Replace("<p>Filed by the desk</p>", $"<p {hiding}>By Jane Doe</p>", StringComparison.Ordinal);
        var (people, body) = Read(html);
        Assert.Empty(people);
        Assert.DoesNotContain("Jane Doe", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("von Alexander Rosenkranz", "Alexander Rosenkranz")]
    [InlineData("by Jane van der Berg", "Jane van der Berg")]
    [InlineData("<i>von Daniela Beispiel</i>", "Daniela Beispiel")]
    [InlineData("<b>By Jane Doe</b>", "Jane Doe")]
    public void A_short_line_of_a_lower_case_byline_word_and_a_full_name_names_the_author(string line, string author)
    {
        var html = Page("de", "Headline of the story here", line, "A paragraph of the article that runs long enough to be body text, with more words in it.");
        Assert.Equal([author], Read(html).People);
    }

    [Theory]
    [InlineData("it", "di Marco Beispiel e Sara Esempio", new[] { "Marco Beispiel", "Sara Esempio" })]
    [InlineData("de", "von Anna Beispiel und Felix Muster", new[] { "Anna Beispiel", "Felix Muster" })]
    [InlineData("fr", "par Claire Exemple et Hugo Modèle", new[] { "Claire Exemple", "Hugo Modèle" })]
    public void A_short_line_of_a_lower_case_byline_word_and_two_full_names_names_both(string language, string line, string[] authors)
    {
        var html = Page(language, "Headline of the story here", line, "A paragraph of the article that runs long enough to be body text, with more words in it.");
        Assert.Equal(authors, Read(html).People);
    }

    [Theory]
    [InlineData("<span class=\"byline\"><a href=\"/team/jane-doe\">Jane Doe</a> Thursday, February 3, 2022 3:38PM</span>", "Jane Doe")]
    [InlineData("<span data-testid=\"prism-byline\"><a href=\"/team/jane-doe\">Jane Doe</a> Thursday, February 3, 2022</span>", "Jane Doe")]
    [InlineData("<span class=\"author\">Lisa Beispiel Mi, 02.02.2022</span>", "Lisa Beispiel")]
    public void A_byline_that_runs_on_into_its_date_ends_where_the_date_starts(string line, string author)
    {
        var html = Page("en", "Headline of the story here", line, "A paragraph of the article that runs long enough to be body text, with more words in it.");
        Assert.Equal([author], Read(html).People);
    }

    [Theory]
    [InlineData("<span class=\"post-autor vcard author\"> by <a class=\"url fn n\" href=\"/author/mady\"> mady </a></span>", new[] { "mady" })]
    [InlineData("<span class=\"post-meta-author\"><a href=\"/author/mh/\">mh </a></span>", new[] { "mh" })]
    [InlineData("<span class=\"byline\">by <span class=\"author vcard\"><a href=\"/author/jdadmin/\" rel=\"author\">jdadmin</a></span></span>", new string[0])]
    [InlineData("<span class=\"author\"><a href=\"/author/jane-doe/\">Jane Doe</a> <a href=\"/author/jane-doe/\">Profile</a></span>", new[] { "Jane Doe" })]
    [InlineData("<span class=\"byline\">by <a href=\"/author/jane-doe/\">Editorial</a></span>", new string[0])]
    [InlineData("<span class=\"author vcard\"> von <a class=\"url fn n\" href=\"/author/g1zzm0/\" rel=\"author\">gizzmo</a></span>", new[] { "gizzmo" })]
    [InlineData("<span class=\"author vcard\"> von <a class=\"url fn n\" href=\"/about/\" rel=\"author\">gizzmo</a></span>", new string[0])]
    public void A_handle_alone_names_the_author_only_when_it_links_to_its_own_author_page_or_to_an_author_page_as_rel_author(string line, string[] authors)
    {
        var html = Page("en", "Headline of the story here", line, "A paragraph of the article that runs long enough to be body text, with more words in it.");
        Assert.Equal(authors, Read(html).People);
    }

    [Fact]
    public void A_byline_name_cut_short_by_a_lower_case_surname_gives_way_to_the_name_the_page_declares_whole()
    {
        var html = Page("en", "Headline of the story here", "<span class=\"entry-author\">by <a href=\"/profile/1\">Jane beispiel</a></span>",
            "A paragraph of the article that runs long enough to be body text, with more words in it.").Replace(
            "</head>", """<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Headline of the story here","author":{"@type":"Person","name":"Jane beispiel"}}</script></head>""",
            StringComparison.Ordinal);
        Assert.Equal(["Jane beispiel"], Read(html).People);
    }

    [Fact]
    public void A_declared_name_written_with_character_references_reads_as_it_would_show()
    {
        var html = Page("es", "Titular de la noticia aquí", string.Empty,
            "Un párrafo del artículo que es lo bastante largo para ser texto del cuerpo, con más palabras en él.").Replace(
            "</head>", """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Titular de la noticia aquí","author":{"@type":"Person","name":"Mar&iacute;a Pe&ntilde;a"}}</script></head>""",
            StringComparison.Ordinal).Replace("<p></p>", "<p>Una crónica de María Peña desde el puerto, escrita para esta edición de la mañana.</p>", StringComparison.Ordinal);
        Assert.Equal(["María Peña"], Read(html).People);
    }

    [Fact]
    public void A_word_of_a_link_to_the_author_page_is_no_handle_unless_it_is_the_whole_link()
    {
        var html = Page("de", "Überschrift der Geschichte hier", "<span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/petronella/\" rel=\"author\">Zeige alle Beiträge von Petra Ruland</a></span>",
            "Ein Absatz des Artikels, der lang genug ist, um als Text des Artikels zu gelten, mit noch mehr Wörtern darin.");
        Assert.DoesNotContain("Zeige", Read(html).People);
    }

    [Theory]
    [InlineData("by the river, the new park opened on Monday")]
    [InlineData("by Monday, the council will have voted on the new budget for the harbour and the bridge")]
    public void A_lower_case_byline_word_in_running_text_names_nobody(string line)
    {
        var html = Page("en", "Headline of the story here", line, "A paragraph of the article that runs long enough to be body text, with more words in it.");
        Assert.Empty(Read(html).People);
    }

    [Theory]
    [InlineData("By Senior Staff Technologist")]
    [InlineData("By The Dodo")]
    [InlineData("作者：")]
    public void Job_titles_outlets_and_bare_labels_are_no_people(string line)
    {
        var html = Page("en", "Headline of the story here", line, "A paragraph of the article that runs long enough to be body text, with more words in it.");
        Assert.Empty(Read(html).People);
        Assert.DoesNotContain(new ArticleParser().Parse(html).Article!.Authors, a => a.Name.Contains("作者", StringComparison.Ordinal) || a.Name.Contains("Technologist", StringComparison.Ordinal));
    }

    [Fact]
    public void A_job_title_after_the_name_is_left_out()
    {
        var html = Page("en", "Headline of the story here", "By Jane Doe, Senior Staff Technologist", "A paragraph of the article that runs long enough to be body text, with more words in it.");
        Assert.Equal(["Jane Doe"], new ArticleParser().Parse(html).Article!.Authors.Select(a => a.Name));
    }

    [Theory]
    [InlineData("""<div class="byline"><div class="byline-part cats"><a href="/magazine/wine-taste/" class="cat">Wine &amp; Taste</a></div> · <time datetime="2025-05-12">12 May 2025</time></div>""")]
    [InlineData("""<div class="byline"><a href="/news/food-drink/" rel="category tag">Food &amp; Drink</a> · <span>12 May 2025</span></div>""")]
    public void A_category_link_in_the_byline_line_names_nobody(string line)
    {
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour wine</title></head><body>
            <article><h1>Harbour wine</h1>{line}
            <p>A paragraph of the article that runs long enough to be body text, with more words in it.</p></article></body></html>
            """;
        Assert.Empty(Read(html).People);
    }

    [Fact]
    public void Names_linked_to_tag_pages_in_an_author_block_are_subjects_not_authors()
    {
        var html = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour wine</title></head><body>
            <article><h1>Harbour wine</h1>
            <div class="author"><a href="/authors/jane-doe_651/">Jane Doe</a></div>
            <p>A paragraph of the article that runs long enough to be body text, with more words in it.</p>
            <div class="author people"><a href="/tag_person/john-roe_6115/" class="author-group"><span class="name">John Roe</span></a>
            <a href="/topics/mary-major/" class="author-group"><span class="name">Mary Major</span></a></div></article></body></html>
            """;
        Assert.Equal(["Jane Doe"], Read(html).People);
    }

    [Fact]
    public void A_page_builder_s_widget_wrappers_mark_no_region_of_other_stories()
    {
        const string Paragraph = "<p>A paragraph of the article that runs long enough to be body text, with more words in it, as articles have.</p>";
        var html = $"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Stadtwerke erhöhen Preise</title></head><body>
            <div class="elementor elementor-location-single"><div class="elementor-widget-wrap">
            <div class="elementor-widget elementor-widget-theme-post-title"><div class="elementor-widget-container"><h1>Stadtwerke erhöhen Preise</h1></div></div>
            <div class="elementor-widget elementor-widget-post-info"><div class="elementor-widget-container"><ul class="elementor-post-info">
              <li><span class="elementor-post-info__item elementor-post-info__item--type-author">Katrin Beispiel</span></li>
              <li><span class="elementor-post-info__item elementor-post-info__item--type-date">2. Oktober 2024</span></li></ul></div></div>
            <div class="elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">{Paragraph}{Paragraph}{Paragraph}</div></div>
            </div></div></body></html>
            """;
        var article = new ArticleParser().Parse(html).Article!;
        Assert.Equal(["Katrin Beispiel"], article.Authors.Select(a => a.Name));
        Assert.Equal(new NodaTime.LocalDate(2024, 10, 2), article.Dateline.Published?.Date);
    }

    [Fact]
    public void A_test_id_that_names_the_author_marks_the_byline_and_its_control_lines_leave_the_body()
    {
        const string Paragraph = "<p>A paragraph of the article that runs long enough to be body text, with more words in it, as articles have.</p>";
        var html = $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Five things I learned</title></head><body><article><section><div class="ab cb">
            <h1 class="pw-post-title" data-testid="storyTitle">Five things I learned</h1>
            <div class="ab cp"><a data-testid="authorName" href="/@hannah">Hannah Beispiel</a><span>·</span><a href="#">Follow</a>
            <div class="ab ae"><span data-testid="storyReadTime">4 min read</span><span>·</span><span data-testid="storyPublishDate">Nov 5, 2023</span></div>
            <div class="ab q"><button data-testid="headerClapButton"></button><p class="be b"><span>1.2K</span></p></div></div>
            {Paragraph}{Paragraph}{Paragraph}</div></section></article></body></html>
            """;
        var (people, body) = Read(html);
        Assert.Equal(["Hannah Beispiel"], people);
        Assert.DoesNotContain("min read", body, StringComparison.Ordinal);
        Assert.DoesNotContain("1.2K", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Follow", body, StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("en", "<div class=\"meta\"><a href=\"/author/felix-beispiel/\">Felix Beispiel</a> · <time datetime=\"2024-11-28\">Nov 28, 2024</time></div>", "Felix Beispiel")]
    [InlineData("de", "<div class=\"info\"><a href=\"/autor/felix-beispiel\">Felix Beispiel</a> | 28.11.2024</div>", "Felix Beispiel")]
    public void A_link_to_the_authors_page_near_the_headline_names_the_author_without_byline_markup(string language, string line, string author)
    {
        var html = $"""
            <!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>Headline of the story here</title></head><body>
            <article><h1>Headline of the story here</h1>{line}
            <p>A paragraph of the article that runs long enough to be body text, with more words in it.</p>
            <p>A paragraph of the article that runs long enough to be body text, with more words in it.</p></article></body></html>
            """;
        Assert.Equal([author], Read(html).People);
    }
    [Fact]
    public void A_link_to_the_authors_page_after_other_words_of_its_line_names_the_author_and_the_line_stays_whole()
    {
        var html = """
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Podcasts einbinden</title></head><body>
            <article><h1>Podcasts einbinden</h1><p class="small">Erstellt von <a href="/autor/fabian-beispiel">Fabian Beispiel</a> am Dienstag, 6. Mai 2014</p>
            <p>A paragraph of the article that runs long enough to be body text, with more words in it.</p>
            <p>A paragraph of the article that runs long enough to be body text, with more words in it.</p></article></body></html>
            """;
        var (people, body) = Read(html);
        Assert.Equal(["Fabian Beispiel"], people);
        Assert.DoesNotContain("Erstellt von am", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class=\"byline\"><span class=\"byline__author\">Ian Fletcher</span> <span class=\"byline__title\">Senior Staff Writer</span></div>")]
    [InlineData("<div class=\"byline\"><a class=\"author-name\" href=\"/authors/ian-fletcher\">Ian Fletcher</a> <span class=\"role\">Senior Staff Writer</span></div>")]
    public void A_bylines_name_element_beside_a_role_gives_the_person_alone(string line)
    {
        var html = Page("en", "Headline of the story here", line, "A paragraph of the article that runs long enough to be body text, with more words in it.");
        var authors = new ArticleParser().Parse(html, new Uri("https://news.example/story")).Article!.Authors;
        Assert.Equal(["Ian Fletcher"], authors.Select(a => a.Name));
    }

    [Fact]
    public void A_platforms_anonymous_account_and_the_link_after_it_are_no_author()
    {
        var html = Page("de", "Headline of the story here", "Eingestellt von <a rel=\"author\" href=\"https://www.blogger.com/profile/1\">Unknown</a> <a href=\"/share\">Diesen Post per E-Mail versenden</a>",
            "A paragraph of the article that runs long enough to be body text, with more words in it.");
        Assert.Empty(Read(html).People);
    }

    [Theory]
    [InlineData("25.10.2022 - Reiner Nagel", "Reiner Nagel ist Architekt und Stadtplaner.", "Reiner Nagel")]
    [InlineData("March 5, 2019 | Jane Doe", "Jane Doe writes about cities and their future.", "Jane Doe")]
    [InlineData("25.10.2022 - Reiner Nagel", "Der Autor ist Architekt und Stadtplaner.", null)]
    [InlineData("25.10.2022 - Politik Inland", "Der Autor ist Architekt und Stadtplaner.", null)]
    public void A_date_and_a_name_alone_name_the_author_when_the_page_shows_the_name_again(string line, string note, string? author)
    {
        var html = $"""
            <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Die Freiheit der Planung</title></head><body>
            <main><h1>Die Freiheit der Planung</h1><div class="views-field-kategorie">Essay</div><div class="views-field-name"><span>{line}</span></div>
            <p>Was haben fahrerlose Autos und Drohnen mit der Zukunft der Stadt zu tun? Wenig, schreibt der Autor in seinem Essay.</p>
            <p>Die Stadt der Zukunft entsteht nicht am Reißbrett, sondern in vielen kleinen Schritten, die alle gemeinsam gehen.</p>
            <p><em>{note}</em></p></main></body></html>
            """;
        var (people, body) = Read(html);
        Assert.Equal(author is null ? [] : [author], people);
        Assert.Equal(author is null, body.Contains(line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Submitted by <span class=\"username\">Karen Whitfield</span> on Tue, 03/05/2019 - 10:12", "Karen Whitfield")]
    [InlineData("By Jan van der Berg", "Jan van der Berg")]
    [InlineData("BY JOHN MCALLISTER", "John McAllister")]
    [InlineData("Von FRIEDRICH VON ALTENBURG", "Friedrich von Altenburg")]
    public void Drupal_bylines_particles_and_names_in_capitals_are_read_as_people_write_them(string line, string author)
    {
        var html = Page("en", "Headline of the story here", line, "A paragraph of the article that runs long enough to be body text, with more words in it.");
        Assert.Equal([author], Read(html).People);
    }

    [Theory]
    [InlineData("From Hassan Ibrahim, Kano", new[] { "Hassan Ibrahim" })]
    [InlineData("From Our Reporter", new string[0])]
    [InlineData("By HT Correspondent, Mumbai", new string[0])]
    [InlineData("By Our Correspondent, Lagos", new string[0])]
    public void A_desk_or_role_credit_leaves_no_place_or_stray_word_as_a_person(string byline, string[] people)
    {
        var html = Page("en", "Headline of the story here", $"<div class=\"byline\">{byline}</div>", "A paragraph of the article that runs long enough to be body text, with more words in it.")
            .Replace("<p><div", "<div", StringComparison.Ordinal).Replace("</div></p>", "</div>", StringComparison.Ordinal);
        Assert.Equal(people, Read(html).People);
    }

    [Theory]
    [InlineData("<span class=\"byline\">Redacción Diario Ejemplo Siete</span>", "", "Redacción Diario Ejemplo Siete")]
    [InlineData("", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Headline of the story here\",\"author\":[{\"@type\":\"Person\",\"name\":\"Australian Associated Press\"}]}</script>", "Australian Associated Press")]
    public void One_word_before_an_outlets_name_is_part_of_the_name_not_a_person(string byline, string head, string organization)
    {
        var html = Page("en", "Headline of the story here", byline, "A paragraph of the article that runs long enough to be body text, with more words in it.")
            .Replace("</head>", $"<meta property=\"og:site_name\" content=\"Diario Ejemplo Siete\">{head}</head>", StringComparison.Ordinal);
        var authors = new ArticleParser().Parse(html, new Uri("https://www.diarioejemplosiete.example/story")).Article!.Authors;
        Assert.Equal([organization], authors.Select(a => a.Name));
        Assert.All(authors, a => Assert.Equal(AuthorKind.Organization, a.Kind));
    }

    [Theory]
    [InlineData("---- by Kenneth Surin")]
    [InlineData("— by Kenneth Surin")]
    [InlineData("-- By Kenneth Surin")]
    public void Dashes_before_the_byline_word_still_open_the_authors_line_and_leave_the_body(string line)
    {
        var html = Page("en", "Micropolitics in a dictionary of terms", $"<strong><em>{line}</em></strong>", "A paragraph of the article that runs long enough to be body text, with more words in it.");
        var (people, body) = Read(html);
        Assert.Equal(["Kenneth Surin"], people);
        Assert.DoesNotContain("Kenneth Surin", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Revised Edition Edited by Adrian Parr")]
    [InlineData("Second Edition Translated by Adrian Parr")]
    public void An_edition_before_its_editor_s_credit_names_no_author(string credit)
    {
        Assert.Empty(BylineParser.ParseByline(credit, null, []));
    }

    [Theory]
    [InlineData("By HARRIET BOOTH-CLIBBORN FOR MAILONLINE", "Harriet Booth-Clibborn")]
    [InlineData("By JACK DENHOLME FOR DAILYMAIL.COM", "Jack Denholme")]
    [InlineData("BY JANE DOE IN WASHINGTON", "Jane Doe")]
    [InlineData("By Nurul Aina binti Rahman", "Nurul Aina binti Rahman")]
    public void An_outlet_or_place_after_a_name_in_capitals_and_a_malay_particle_are_read_as_in_lower_case(string byline, string name)
    {
        Assert.Equal([name], BylineParser.ParseByline(byline, null, []).Where(a => a.Kind == AuthorKind.Person).Select(a => a.Name));
    }
}
