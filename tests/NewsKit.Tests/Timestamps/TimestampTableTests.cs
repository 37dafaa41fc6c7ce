namespace NewsKit.Tests.Timestamps;

/// <summary>
/// Data tables of {text, context, expected | failure code}, one theory per family. The expected values are written
/// by hand (see <see cref="TimestampCaseAssert"/> for the notation); the reference instant is Friday 2025-07-18 12:00 UTC.
/// </summary>
public sealed class TimestampTableTests
{
    public static TheoryData<string, string, string> Iso => new()
    {
        { "2025-07-18T05:52:07Z", "none", "Instant 2025-07-18T05:52:07Z Second" },
        { "2025-07-18T05:52:07.123Z", "none", "Instant 2025-07-18T05:52:07.123Z FractionOfSecond" },
        { "2025-07-18T05:52:07.123456789Z", "none", "Instant 2025-07-18T05:52:07.123456789Z FractionOfSecond" },
        { "2025-07-18T05:52:07.000Z", "none", "Instant 2025-07-18T05:52:07Z FractionOfSecond" },
        { "2025-07-18T05:52:07,5Z", "none", "Instant 2025-07-18T05:52:07.5Z FractionOfSecond" },
        { "2025-07-18T08:52:07+03:00", "none", "Instant 2025-07-18T08:52:07+03 Second" },
        { "2025-07-18T08:52:07+0300", "none", "Instant 2025-07-18T08:52:07+03 Second" },
        { "2025-07-18T08:52:07+03", "none", "Instant 2025-07-18T08:52:07+03 Second" },
        { "2025-07-18 08:52:07+03:00", "none", "Instant 2025-07-18T08:52:07+03 Second" },
        { "2025-07-18T01:52:07-04:00", "none", "Instant 2025-07-18T01:52:07-04 Second" },
        { "2025-07-18T11:22:07+05:30", "none", "Instant 2025-07-18T11:22:07+05:30 Second" },
        { "2025-07-18T11:37:07+0545", "none", "Instant 2025-07-18T11:37:07+05:45 Second" },
        { "2025-07-18T05:52:07-00:00", "none", "Instant 2025-07-18T05:52:07Z Second" },
        { "2025-07-18T05:52Z", "none", "Instant 2025-07-18T05:52:00Z Minute" },
        { "2025-07-18T05Z", "none", "Instant 2025-07-18T05:00:00Z Hour" },
        { "2025-07-18t05:52:07z", "none", "Instant 2025-07-18T05:52:07Z Second" },
        { "  2025-07-18T05:52:07Z  ", "none", "Instant 2025-07-18T05:52:07Z Second" },
        { "2025-12-31T23:59:59.999999999-12:00", "none", "Instant 2025-12-31T23:59:59.999999999-12 FractionOfSecond" },
        { "0001-01-01T00:00:00Z", "none", "Instant 0001-01-01T00:00:00Z Second" },
        { "9999-12-31T23:59:59Z", "none", "Instant 9999-12-31T23:59:59Z Second" },
        { "20250718T055207Z", "none", "Instant 2025-07-18T05:52:07Z Second" },
        { "20250718T0552Z", "none", "Instant 2025-07-18T05:52:00Z Minute" },
        { "20250718T085207+0300", "none", "Instant 2025-07-18T08:52:07+03 Second" },
        { "20250718T055207.25Z", "none", "Instant 2025-07-18T05:52:07.25Z FractionOfSecond" },
        { "2025-07-18", "none", "Date 2025-07-18 Day" },
        { "2025-07-18", "berlin", "Date 2025-07-18 Day" },
        { "18 Ιουλ 2025", "none", "Date 2025-07-18 Day" },
        { "5 Οκτ. 2025", "none", "Date 2025-10-05 Day" },
        { "2025. márc. 5.", "none", "Date 2025-03-05 Day" },
        { "2025. szept. 14.", "none", "Date 2025-09-14 Day" },
        { "2025-07", "none", "Date 2025-07-01 Month" },
        { "2024-02-29", "none", "Date 2024-02-29 Day" },
        { "2025-W29-5", "none", "Date 2025-07-18 Day" },
        { "2025W295", "none", "Date 2025-07-18 Day" },
        { "2026-W01-1", "none", "Date 2025-12-29 Day" },
        { "2020-W53-7", "none", "Date 2021-01-03 Day" },
        { "2025-199", "none", "Date 2025-07-18 Day" },
        { "2024-366", "none", "Date 2024-12-31 Day" },
        { "2025-07-18T08:52:07", "none", "Local 2025-07-18T08:52:07 Second" },
        { "2025-07-18 08:52", "none", "Local 2025-07-18T08:52:00 Minute" },
        { "2025-07-18T08:52:07", "berlin", "Instant 2025-07-18T08:52:07+02 Second zone=Europe/Berlin flags=DefaultZone" },
        { "2025-01-18T08:52:07", "berlin", "Instant 2025-01-18T08:52:07+01 Second zone=Europe/Berlin flags=DefaultZone" },
        { "2025-07-18T05:52:07Z", "berlin", "Instant 2025-07-18T05:52:07Z Second" },
        { "2025-07-18 09:30:00 UTC", "none", "Instant 2025-07-18T09:30:00Z Second" },
        { "2025-07-18 09:30:00 +0300", "none", "Instant 2025-07-18T09:30:00+03 Second" },
        { "2025-07-18 09:30 JST", "none", "Instant 2025-07-18T09:30:00+09 Minute zone=Asia/Tokyo flags=ZoneFromAbbreviation" },
        { "2025-07-18 09:30 WITA", "none", "Instant 2025-07-18T09:30:00+08 Minute zone=Asia/Makassar flags=ZoneFromAbbreviation" },
        { "2025-07-18 09:30 WIT", "none", "Instant 2025-07-18T09:30:00+09 Minute zone=Asia/Jayapura flags=ZoneFromAbbreviation" },
        { "2025-07-18T05:52:07Z", "search", "Instant 2025-07-18T05:52:07Z Second" },
        { "2025-13-01", "none", "Fail: OutOfRange" }, // month 13
        { "2025-00-10", "none", "Fail: OutOfRange" }, // month 0
        { "2025-02-30", "none", "Fail: OutOfRange" }, // day 30 does not exist in February 2025
        { "2025-02-29", "none", "Fail: OutOfRange" }, // day 29 does not exist in February 2025
        { "2025-04-31T10:00:00Z", "none", "Fail: OutOfRange" }, // day 31 does not exist in April
        { "2025-07-18T25:00:00Z", "none", "Fail: OutOfRange" }, // hour 25
        { "2025-07-18T24:00:00Z", "none", "Fail: OutOfRange" }, // hour 24
        { "2025-07-18T23:60:00Z", "none", "Fail: OutOfRange" }, // minute 60
        { "2025-07-18T23:59:60Z", "none", "Fail: OutOfRange" }, // second 60
        { "2025-07-18T08:52:07+19:00", "none", "Fail: OutOfRange" }, // 18 hours
        { "2025-07-18T08:52:07+03:75", "none", "Fail: OutOfRange" }, // offset minute 75
        { "2025-W54-1", "none", "Fail: OutOfRange" }, // week 54
        { "2025-W53-1", "none", "Fail: OutOfRange" }, // week 53 does not exist in 2025
        { "2025-W29-8", "none", "Fail: OutOfRange" }, // weekday 8
        { "2025-366", "none", "Fail: OutOfRange" }, // day 366 does not exist in 2025
        { "2025-07-18T05:52:07.1234567890Z", "none", "Fail: UnexpectedText" }, // number
    };

    public static TheoryData<string, string, string> Rfc => new()
    {
        { "Fri, 18 Jul 2025 05:34:20 GMT", "none", "Instant 2025-07-18T05:34:20Z Second" },
        { "Fri, 18 Jul 2025 05:34:20 +0000", "none", "Instant 2025-07-18T05:34:20Z Second" },
        { "Fri, 18 Jul 2025 05:34:20 -0000", "none", "Instant 2025-07-18T05:34:20Z Second" },
        { "Fri, 18 Jul 2025 08:34:20 +0300", "none", "Instant 2025-07-18T08:34:20+03 Second" },
        { "Fri, 18 Jul 2025 01:34:20 -0400", "none", "Instant 2025-07-18T01:34:20-04 Second" },
        { "Fri, 18 Jul 2025 11:04:20 +0530", "none", "Instant 2025-07-18T11:04:20+05:30 Second" },
        { "Fri, 18 Jul 2025 05:34:20 UT", "none", "Instant 2025-07-18T05:34:20Z Second" },
        { "Fri, 18 Jul 2025 05:34:20 UTC", "none", "Instant 2025-07-18T05:34:20Z Second" },
        { "Fri, 18 Jul 2025 05:34:20 Z", "none", "Instant 2025-07-18T05:34:20Z Second" },
        { "Fri, 18 Jul 2025 05:34:20 GMT", "berlin", "Instant 2025-07-18T05:34:20Z Second" },
        { "18 Jul 2025 05:34:20 GMT", "none", "Instant 2025-07-18T05:34:20Z Second" },
        { "Fri, 18 Jul 2025 05:34 GMT", "none", "Instant 2025-07-18T05:34:00Z Minute" },
        { "Fri, 8 Aug 2025 05:34:20 GMT", "none", "Instant 2025-08-08T05:34:20Z Second" },
        { "Fri, 18 Jul 25 05:34:20 GMT", "none", "Instant 2025-07-18T05:34:20Z Second flags=CenturyInferred" },
        { "Sat, 18 Jul 98 05:34:20 GMT", "none", "Instant 1998-07-18T05:34:20Z Second flags=CenturyInferred" },
        { "Friday, 18-Jul-25 05:34:20 GMT", "none", "Instant 2025-07-18T05:34:20Z Second flags=CenturyInferred" },
        { "Friday, 18-Jul-2025 05:34:20 GMT", "none", "Instant 2025-07-18T05:34:20Z Second" },
        { "Fri Jul 18 05:34:20 2025", "none", "Local 2025-07-18T05:34:20 Second" },
        { "Tue Jul  8 05:34:20 2025", "none", "Local 2025-07-08T05:34:20 Second" },
        { "Fri, 18 Jul 2025 01:34:20 EDT", "none", "Instant 2025-07-18T01:34:20-04 Second zone=America/New_York flags=ZoneFromAbbreviation" },
        { "Fri, 18 Jul 2025 00:34:20 CDT", "none", "Instant 2025-07-18T00:34:20-05 Second zone=America/Chicago flags=ZoneFromAbbreviation" },
        { "Fri, 18 Jul 2025 05:34:20 PST", "none", "Instant 2025-07-18T05:34:20-08 Second zone=America/Los_Angeles flags=ZoneFromAbbreviation" },
        { "Fri, 18 Jul 2025 05:34:20 MDT", "none", "Instant 2025-07-18T05:34:20-06 Second zone=America/Denver flags=ZoneFromAbbreviation" },
        { "Fri, 18 Jul 2025 05:34:20 +0000 (UTC)", "none", "Instant 2025-07-18T05:34:20Z Second" },
        { "Mon, 01 Jan 2024 00:00:00 GMT", "none", "Instant 2024-01-01T00:00:00Z Second" },
        { "Thu, 29 Feb 2024 12:00:00 +0100", "none", "Instant 2024-02-29T12:00:00+01 Second" },
        { "Thu, 01 Jan 1970 00:00:00 GMT", "none", "Instant 1970-01-01T00:00:00Z Second" },
        { "Fri, 18 Jul 2025 05:34:20 GMT+0000", "none", "Instant 2025-07-18T05:34:20Z Second" },
        { "FRI, 18 JUL 2025 05:34:20 GMT", "none", "Instant 2025-07-18T05:34:20Z Second" },
        { "Sat, 18 Jul 2025 05:34:20 GMT", "none", "Fail: WeekdayMismatch" }, // does not match
        { "Fri, 31 Jun 2025 05:34:20 GMT", "none", "Fail: OutOfRange" }, // day 31 does not exist in June 2025
        { "Fri, 18 Jul 2025 25:34:20 GMT", "none", "Fail: OutOfRange" }, // hour 25
        { "Fri, 18 Jul 2025 05:61:20 GMT", "none", "Fail: OutOfRange" }, // minute 61
        { "Fri, 18 Foo 2025 05:34:20 GMT", "none", "Fail: UnexpectedText" }, // "Foo" is not part of a date
        { "Fri, 18 Jul 2025 05:34:20 XYZ", "none", "Fail: UnexpectedText" }, // "XYZ" is not part of a date
    };

    public static TheoryData<string, string, string> JavaScript => new()
    {
        { "Fri Jul 18 2025 08:52:07 GMT+0300 (Eastern European Summer Time)", "none", "Instant 2025-07-18T08:52:07+03 Second" },
        { "Fri Jul 18 2025 01:52:07 GMT-0400 (Eastern Daylight Time)", "none", "Instant 2025-07-18T01:52:07-04 Second" },
        { "Fri Jul 18 2025 07:52:07 GMT+0200 (Mitteleuropäische Sommerzeit)", "none", "Instant 2025-07-18T07:52:07+02 Second" },
        { "Fri Jul 18 2025 14:52:07 GMT+0900 (日本標準時)", "none", "Instant 2025-07-18T14:52:07+09 Second" },
        { "Fri Jul 18 2025 11:22:07 GMT+0530 (India Standard Time)", "none", "Instant 2025-07-18T11:22:07+05:30 Second" },
        { "Fri Jul 18 2025 05:52:07 GMT+0000 (Coordinated Universal Time)", "none", "Instant 2025-07-18T05:52:07Z Second" },
        { "Fri Jul 18 2025 08:52:07 GMT+0300 (Москва, стандартное время)", "none", "Instant 2025-07-18T08:52:07+03 Second" },
        { "Fri Jul 18 2025 08:52:07 GMT+0300 (EEST)", "none", "Instant 2025-07-18T08:52:07+03 Second" },
        { "Fri Jul 18 2025 08:52:07 GMT+0300", "none", "Instant 2025-07-18T08:52:07+03 Second" },
        { "Thu Jul 17 2025 22:52:07 GMT-0700 (Pacific Daylight Time)", "none", "Instant 2025-07-17T22:52:07-07 Second" },
        { "Fri Jul 18 2025 17:52:07 GMT+1200 (New Zealand Standard Time)", "none", "Instant 2025-07-18T17:52:07+12 Second" },
        { "Fri Jul 18 2025 08:52:07 GMT+03:00", "none", "Instant 2025-07-18T08:52:07+03 Second" },
        { "Fri Jul 18 2025 08:52:07 GMT+3", "none", "Instant 2025-07-18T08:52:07+03 Second" },
        { "Fri Jul 18 2025 08:52:07 UTC+3", "none", "Instant 2025-07-18T08:52:07+03 Second" },
        { "Fri Jul 18 2025", "none", "Date 2025-07-18 Day" },
        { "Fri, 18 Jul 2025 05:52:07 GMT", "none", "Instant 2025-07-18T05:52:07Z Second" },
        { "2025-07-18T05:52:07.000Z", "none", "Instant 2025-07-18T05:52:07Z FractionOfSecond" },
        { "Sat Jul 18 2025 08:52:07 GMT+0300 (Eastern European Summer Time)", "none", "Fail: WeekdayMismatch" }, // does not match
        { "Fri Jul 18 2025 08:52:07 GMT+0300 (Eastern European Summer Time", "none", "Fail: UnexpectedText" }, // "Eastern" is not part of a date
        { "Fri Jul 18 2025 28:52:07 GMT+0300 (Eastern European Summer Time)", "none", "Fail: OutOfRange" }, // hour 28
    };

    public static TheoryData<string, string, string> English => new()
    {
        { "July 18, 2025", "none", "Date 2025-07-18 Day" },
        { "Jul. 18, 2025", "none", "Date 2025-07-18 Day" },
        { "Jul 18 2025", "none", "Date 2025-07-18 Day" },
        { "18 July 2025", "none", "Date 2025-07-18 Day" },
        { "18 Jul. 2025", "none", "Date 2025-07-18 Day" },
        { "18th July 2025", "none", "Date 2025-07-18 Day" },
        { "July 18th, 2025", "none", "Date 2025-07-18 Day" },
        { "the 18th of July 2025", "none", "Date 2025-07-18 Day" },
        { "Friday, July 18, 2025", "none", "Date 2025-07-18 Day" },
        { "Fri, July 18, 2025", "none", "Date 2025-07-18 Day" },
        { "FRIDAY, JULY 18, 2025", "none", "Date 2025-07-18 Day" },
        { "Tuesday 1st April 2025", "none", "Date 2025-04-01 Day" },
        { "2nd May 2025", "none", "Date 2025-05-02 Day" },
        { "3rd June 2025", "none", "Date 2025-06-03 Day" },
        { "21st June 2025", "none", "Date 2025-06-21 Day" },
        { "22nd June 2025", "none", "Date 2025-06-22 Day" },
        { "Sept. 3, 2025", "none", "Date 2025-09-03 Day" },
        { "Sep 3, 2025", "none", "Date 2025-09-03 Day" },
        { "Tues., Sept. 2, 2025", "none", "Date 2025-09-02 Day" },
        { "18-Jul-2025", "none", "Date 2025-07-18 Day" },
        { "Jul 18, '25", "none", "Date 2025-07-18 Day flags=CenturyInferred" },
        { "July 2025", "none", "Date 2025-07-01 Month" },
        { "Sept. 3", "ref", "Date 2024-09-03 Day flags=YearInferred" },
        { "Julkaistu 12.3. 10:15", "search-ref", "Local 2025-03-12T10:15:00 Minute flags=YearInferred" }, // a day and a month with their stops, then a time: a date of the year
        { "Julkaistu 12.3. klo 10.15", "search-ref", "Local 2025-03-12T10:15:00 Minute flags=YearInferred" },
        { "Stand: 12.3. um 10:15 Uhr", "search-ref", "Local 2025-03-12T10:15:00 Minute flags=YearInferred" },
        { "July 18", "ref", "Date 2025-07-18 Day flags=YearInferred" },
        { "July 19", "ref", "Date 2025-07-19 Day flags=YearInferred" },
        { "Jan. 5", "ref", "Date 2025-01-05 Day flags=YearInferred" },
        { "Sept. 3", "none", "Fail: NeedsReferenceInstant" }, // no year
        { "July 18, 2025 5:34 PM", "none", "Local 2025-07-18T17:34:00 Minute" },
        { "July 18, 2025, 5:34 am", "none", "Local 2025-07-18T05:34:00 Minute" },
        { "July 18, 2025 12:00 AM", "none", "Local 2025-07-18T00:00:00 Minute" },
        { "July 18, 2025 12:30 PM", "none", "Local 2025-07-18T12:30:00 Minute" },
        { "July 18, 2025 12:30 a.m.", "none", "Local 2025-07-18T00:30:00 Minute" },
        { "July 18, 2025 5:34 p. m.", "none", "Local 2025-07-18T17:34:00 Minute" },
        { "July 18, 2025 at noon", "none", "Local 2025-07-18T12:00:00 Minute" },
        { "July 18, 2025 at midnight", "none", "Local 2025-07-18T00:00:00 Minute" },
        { "July 18, 2025 at 12 noon", "none", "Local 2025-07-18T12:00:00 Minute" },
        { "July 18, 2025 5 PM", "none", "Local 2025-07-18T17:00:00 Hour" },
        { "July 18, 2025 5pm", "none", "Local 2025-07-18T17:00:00 Hour" },
        { "July 18, 2025 5.34pm", "none", "Local 2025-07-18T17:34:00 Minute" },
        { "July 18, 2025 17:34", "none", "Local 2025-07-18T17:34:00 Minute" },
        { "July 18, 2025 17:34:20", "none", "Local 2025-07-18T17:34:20 Second" },
        { "July 18, 2025 · 5:34 PM", "none", "Local 2025-07-18T17:34:00 Minute" },
        { "July 18, 2025 | 5:34 PM", "none", "Local 2025-07-18T17:34:00 Minute" },
        { "5:34 PM, July 18, 2025", "none", "Local 2025-07-18T17:34:00 Minute" },
        { "Jul 18, 2025 @ 5:34pm", "none", "Local 2025-07-18T17:34:00 Minute" },
        { "July 18, 2025 5:34 PM", "newyork", "Instant 2025-07-18T17:34:00-04 Minute zone=America/New_York flags=DefaultZone" },
        { "July 18, 2025 at 5:34 p.m. ET", "none", "Instant 2025-07-18T17:34:00-04 Minute zone=America/New_York flags=ZoneFromAbbreviation" },
        { "January 15, 2025 at 5:34 p.m. ET", "none", "Instant 2025-01-15T17:34:00-05 Minute zone=America/New_York flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 p.m. PT", "none", "Instant 2025-07-18T17:34:00-07 Minute zone=America/Los_Angeles flags=ZoneFromAbbreviation" },
        { "January 15, 2025 5:34 p.m. PT", "none", "Instant 2025-01-15T17:34:00-08 Minute zone=America/Los_Angeles flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 p.m. CT", "none", "Instant 2025-07-18T17:34:00-05 Minute zone=America/Chicago flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 p.m. MT", "none", "Instant 2025-07-18T17:34:00-06 Minute zone=America/Denver flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM EDT", "none", "Instant 2025-07-18T17:34:00-04 Minute zone=America/New_York flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM EST", "none", "Instant 2025-07-18T17:34:00-05 Minute zone=America/New_York flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM BST", "none", "Instant 2025-07-18T17:34:00+01 Minute zone=Europe/London flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM IST", "none", "Instant 2025-07-18T17:34:00+05:30 Minute zone=Asia/Kolkata flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM CEST", "none", "Instant 2025-07-18T17:34:00+02 Minute zone=Europe/Berlin flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM CET", "none", "Instant 2025-07-18T17:34:00+01 Minute zone=Europe/Berlin flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM EET", "none", "Instant 2025-07-18T17:34:00+02 Minute zone=Europe/Athens flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM EEST", "none", "Instant 2025-07-18T17:34:00+03 Minute zone=Europe/Athens flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM WEST", "none", "Instant 2025-07-18T17:34:00+01 Minute zone=Europe/Lisbon flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM MSK", "none", "Instant 2025-07-18T17:34:00+03 Minute zone=Europe/Moscow flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM JST", "none", "Instant 2025-07-18T17:34:00+09 Minute zone=Asia/Tokyo flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM KST", "none", "Instant 2025-07-18T17:34:00+09 Minute zone=Asia/Seoul flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM HKT", "none", "Instant 2025-07-18T17:34:00+08 Minute zone=Asia/Hong_Kong flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM SGT", "none", "Instant 2025-07-18T17:34:00+08 Minute zone=Asia/Singapore flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM MYT", "none", "Instant 2025-07-18T17:34:00+08 Minute zone=Asia/Kuala_Lumpur flags=ZoneFromAbbreviation" },
        { "Khamis, 21 Ogos 2025 2:15 petang", "none", "Local 2025-08-21T14:15:00 Minute" }, // Malay: names Indonesian lacks, the afternoon
        { "Isnin, 18 Ogos 2025, 9:40 pagi", "none", "Local 2025-08-18T09:40:00 Minute" },
        { "Jumaat, 18 Julai 2025 11:05 malam", "none", "Local 2025-07-18T23:05:00 Minute" },
        { "Ahad, 7 Disember 2025", "none", "Date 2025-12-07 Day" },
        { "July 18, 2025 5:34 PM AEST", "none", "Instant 2025-07-18T17:34:00+10 Minute zone=Australia/Sydney flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM AEDT", "none", "Instant 2025-07-18T17:34:00+11 Minute zone=Australia/Sydney flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM ACST", "none", "Instant 2025-07-18T17:34:00+09:30 Minute zone=Australia/Adelaide flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM AWST", "none", "Instant 2025-07-18T17:34:00+08 Minute zone=Australia/Perth flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM NZST", "none", "Instant 2025-07-18T17:34:00+12 Minute zone=Pacific/Auckland flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM NZDT", "none", "Instant 2025-07-18T17:34:00+13 Minute zone=Pacific/Auckland flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM AKDT", "none", "Instant 2025-07-18T17:34:00-08 Minute zone=America/Anchorage flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM HST", "none", "Instant 2025-07-18T17:34:00-10 Minute zone=Pacific/Honolulu flags=ZoneFromAbbreviation" },
        { "July 18, 2025 5:34 PM GMT", "none", "Instant 2025-07-18T17:34:00Z Minute" },
        { "July 18, 2025 17:34 GMT+2", "none", "Instant 2025-07-18T17:34:00+02 Minute" },
        { "July 18, 2025 17:34 UTC+05:30", "none", "Instant 2025-07-18T17:34:00+05:30 Minute" },
        { "July 18, 2025 5:34 PM -0400", "none", "Instant 2025-07-18T17:34:00-04 Minute" },
        { "July 18, 2025 17:34 Europe/Berlin", "none", "Instant 2025-07-18T17:34:00+02 Minute zone=Europe/Berlin" },
        { "July 18, 2025 17:34 America/New_York", "none", "Instant 2025-07-18T17:34:00-04 Minute zone=America/New_York" },
        { "July 18, 2025 17:34 America/Argentina/Buenos_Aires", "none", "Instant 2025-07-18T17:34:00-03 Minute zone=America/Argentina/Buenos_Aires" },
        { "Published 5:34 AM EDT, Fri July 18, 2025", "none", "Instant 2025-07-18T05:34:00-04 Minute zone=America/New_York flags=ZoneFromAbbreviation" },
        { "Updated: July 18, 2025", "none", "Date 2025-07-18 Day" },
        { "Posted on July 18, 2025", "none", "Date 2025-07-18 Day" },
        { "Last modified: July 18, 2025 10:00 UTC", "none", "Instant 2025-07-18T10:00:00Z Minute" },
        { "Last updated on July 18, 2025 at 10:00 a.m. ET", "none", "Instant 2025-07-18T10:00:00-04 Minute zone=America/New_York flags=ZoneFromAbbreviation" },
        { "First published on Fri 18 Jul 2025 05.34 BST", "none", "Instant 2025-07-18T05:34:00+01 Minute zone=Europe/London flags=ZoneFromAbbreviation" },
        { "Published July 18, 2025 5:34 p.m. PT", "none", "Instant 2025-07-18T17:34:00-07 Minute zone=America/Los_Angeles flags=ZoneFromAbbreviation" },
        { "July 18, 2025 13:34 PM", "none", "Fail: OutOfRange" }, // hour 13 does not exist on a 12-hour clock
        { "July 18, 2025 0:34 AM", "none", "Fail: OutOfRange" }, // hour 0 does not exist on a 12-hour clock
        { "July 18, 2025 at 25:00", "none", "Fail: OutOfRange" }, // hour 25
        { "July 18, 2025 at 5:34 p.m. XT", "none", "Fail: UnexpectedText" }, // "XT"
        { "Saturday, July 18, 2025", "none", "Fail: WeekdayMismatch" }, // does not match
        { "February 30, 2025", "none", "Fail: OutOfRange" }, // day 30 does not exist in February 2025
        { "Feb 29, 2025", "none", "Fail: OutOfRange" }, // day 29 does not exist in February 2025
        { "Feb 29, 2024", "none", "Date 2024-02-29 Day" },
        { "July 32, 2025", "none", "Fail: OutOfRange" }, // day 32
        { "July 18, 2025 5:34 PM EDT EST", "none", "Fail: Conflict" }, // two time zones
        { "July 18, 2025 August 3, 2025", "none", "Fail: Conflict" }, // two months
        { "July 18, 19, 2025", "none", "Fail: UnexpectedText" }, // unexpected number
        { "July 18, 2025 was a Friday", "none", "Fail: UnexpectedText" }, // "was" is not part of a date
        { "The meeting on July 18, 2025 was long", "none", "Fail: UnexpectedText" }, // SearchWithinText
    };

    public static TheoryData<string, string, string> Numeric => new()
    {
        { "18.07.2025", "none", "Date 2025-07-18 Day" },
        { "18.07.2025.", "none", "Date 2025-07-18 Day" },
        { "8.7.2025", "none", "Date 2025-07-08 Day" },
        { "18.07.2025, 08:52", "none", "Local 2025-07-18T08:52:00 Minute" },
        { "18·07·2025", "none", "Date 2025-07-18 Day" }, // a middle dot, as Spanish regional papers write the date
        { "04·03·25 | 14:05", "search", "Local 2025-03-04T14:05:00 Minute flags=CenturyInferred" },
        { "Published March 5, 2025 — 5.00am", "search", "Local 2025-03-05T05:00:00 Minute" }, // an em dash between the date and the time (the Nine mastheads' dateline)
        { "기사입력 2026/03/04 [15:05]", "search", "Local 2026-03-04T15:05:00 Minute" }, // a time in square brackets set apart by a space
        { "Publié le : 15 - 03 - 2026", "search", "Date 2026-03-15 Day" }, // a space on either side of both separators, the year in four digits last
        { "15 / 03 / 2026 à 14:05", "search", "Local 2026-03-15T14:05:00 Minute" },
        { "5 March 2025 – 7 March 2025, Harbour Hall", "search", "Date 2025-03-05 Day" }, // an en dash between two dates: the run is trimmed to one
        { "18.07.2025 08:52:07", "none", "Local 2025-07-18T08:52:07 Second" },
        { "18.07.2025 - 08:52", "none", "Local 2025-07-18T08:52:00 Minute" },
        { "08:52 - 18.07.2025", "none", "Local 2025-07-18T08:52:00 Minute" },
        { "18.07.2025 um 08:52 Uhr", "none", "Local 2025-07-18T08:52:00 Minute" },
        { "18.07.2025 08:52", "berlin", "Instant 2025-07-18T08:52:00+02 Minute zone=Europe/Berlin flags=DefaultZone" },
        { "18.07.2025 08:52 MESZ", "none", "Instant 2025-07-18T08:52:00+02 Minute zone=Europe/Berlin flags=ZoneFromAbbreviation" },
        { "18.07.2025 08:52 CET", "none", "Instant 2025-07-18T08:52:00+01 Minute zone=Europe/Berlin flags=ZoneFromAbbreviation" },
        { "18.07.25", "none", "Date 2025-07-18 Day flags=CenturyInferred" },
        { "18.07.99", "none", "Date 1999-07-18 Day flags=CenturyInferred" },
        { "18/07/2025", "none", "Date 2025-07-18 Day" },
        { "07/18/2025", "none", "Date 2025-07-18 Day" },
        { "18/07/2025", "us", "Date 2025-07-18 Day" },
        { "03/04/2025", "none", "Date 2025-04-03 Day flags=DayMonthOrder" },
        { "03/04/2025", "dayfirst", "Date 2025-04-03 Day flags=DayMonthOrder" },
        { "03/04/2025", "us", "Date 2025-03-04 Day flags=DayMonthOrder" },
        { "03/04/2025", "en-US", "Date 2025-03-04 Day flags=DayMonthOrder" },
        { "03/04/2025", "fr-FR", "Date 2025-04-03 Day flags=DayMonthOrder" },
        { "04/04/2025", "us", "Date 2025-04-04 Day" },
        { "03.04.2025", "us", "Date 2025-04-03 Day" },
        { "7/18/25", "none", "Date 2025-07-18 Day flags=CenturyInferred" },
        { "7/18/2025 5:34 PM", "none", "Local 2025-07-18T17:34:00 Minute" },
        { "2025/07/18", "none", "Date 2025-07-18 Day" },
        { "2025/7/18 09:30", "none", "Local 2025-07-18T09:30:00 Minute" },
        { "2025.07.18", "none", "Date 2025-07-18 Day" },
        { "2025-7-18", "none", "Date 2025-07-18 Day" },
        { "2025. 7. 18.", "none", "Date 2025-07-18 Day" },
        { "18-07-2025", "none", "Date 2025-07-18 Day" },
        { "18-07-2025 08:52", "none", "Local 2025-07-18T08:52:00 Minute" },
        { "2025-07-18 09:30 (UTC+8)", "none", "Instant 2025-07-18T09:30:00+08 Minute" },
        { "2025-07-18T08:52:07 -04:00", "none", "Instant 2025-07-18T08:52:07-04 Second" },
        { "2025-07-18T08:52:07+03:00[Europe/Moscow]", "none", "Instant 2025-07-18T08:52:07+03 Second zone=Europe/Moscow" },
        { "Fr., 18.07.2025", "none", "Date 2025-07-18 Day" },
        { "13/13/2025", "none", "Fail: OutOfRange" }, // month 13
        { "32.07.2025", "none", "Fail: OutOfRange" }, // day 32
        { "31.04.2025", "none", "Fail: OutOfRange" }, // day 31 does not exist in April 2025
        { "29.02.2025", "none", "Fail: OutOfRange" }, // day 29 does not exist in February 2025
        { "18.07.2025 25:00", "none", "Fail: OutOfRange" }, // hour 25
        { "18.07.2025 08:75", "none", "Fail: OutOfRange" }, // minute 75
        { "1.2.3.4", "none", "Fail: UnexpectedText" }, // too many numbers
        { "192.168.1.1", "none", "Fail: UnexpectedText" }, // too many numbers
        { "2.26 September", "none", "Fail: UnexpectedText" }, // a decimal or version number, not a date
        { "What's new in 2.26 (September pack)?", "search", "Fail: NoDate" }, // no timestamp found
        { "12/2025", "none", "Fail: NoDate" }, // no date
        { "18.07.2025 19.07.2025", "none", "Fail: Conflict" }, // two dates
        { "18.07.2025 08:52 09:10", "none", "Fail: Conflict" }, // two times
        { "18.07.2025 5", "none", "Fail: UnexpectedText" }, // unexpected number
    };

    public static TheoryData<string, string, string> Epoch => new()
    {
        { "1752817927", "epoch", "Instant 2025-07-18T05:52:07Z Second" },
        { "1752817927000", "epoch", "Instant 2025-07-18T05:52:07Z FractionOfSecond" },
        { "1752817927123", "epoch", "Instant 2025-07-18T05:52:07.123Z FractionOfSecond" },
        { "1752817927.5", "epoch", "Instant 2025-07-18T05:52:07.5Z FractionOfSecond" },
        { "946684800", "epoch", "Instant 2000-01-01T00:00:00Z Second" },
        { "1752817927", "none", "Fail: NoDate" }, // a bare number is not a date
        { "1752817927000", "none", "Fail: NoDate" }, // a bare number is not a date
        { "12345", "epoch", "Fail: InvalidUnixTime" }, // not a Unix time
        { "17528179270000", "epoch", "Fail: InvalidUnixTime" }, // not a Unix time
        { "1752817927000.5", "epoch", "Fail: InvalidUnixTime" }, // not a Unix time
        { "2025-07-18T05:52:07Z", "epoch", "Instant 2025-07-18T05:52:07Z Second" },
    };

    public static TheoryData<string, string, string> OtherLanguages => new()
    {
        { "18. Juli 2025", "none", "Date 2025-07-18 Day" },
        { "18 ліпеня 2025, 08:52", "none", "Local 2025-07-18T08:52:00 Minute" }, // Belarusian
        { "2025. gada 18. jūlijā 08:52", "none", "Local 2025-07-18T08:52:00 Minute" }, // Latvian, the month in the locative
        { "2025 m. liepos 18 d. 08:52", "none", "Local 2025-07-18T08:52:00 Minute" }, // Lithuanian
        { "18. juuli 2025", "none", "Date 2025-07-18 Day" }, // Estonian
        { "18. srpnja 2025. u 08:52", "none", "Local 2025-07-18T08:52:00 Minute" }, // Croatian, the time after "u"
        { "18. Juli 2025, 08:52 Uhr", "none", "Local 2025-07-18T08:52:00 Minute" },
        { "Freitag, 18. Juli 2025", "none", "Date 2025-07-18 Day" },
        { "18. Jul. 2025", "none", "Date 2025-07-18 Day" },
        { "Veröffentlicht am 18. Juli 2025 um 08:52 Uhr", "none", "Local 2025-07-18T08:52:00 Minute" },
        { "Aktualisiert am 18.07.2025, 18 Uhr", "none", "Local 2025-07-18T18:00:00 Hour" },
        { "18. März 2025", "none", "Date 2025-03-18 Day" },
        { "3. Jänner 2025", "none", "Date 2025-01-03 Day" },
        { "Samstag, 18. Juli 2025", "none", "Fail: WeekdayMismatch" }, // does not match
        { "18 juillet 2025", "none", "Date 2025-07-18 Day" },
        { "vendredi 18 juillet 2025", "none", "Date 2025-07-18 Day" },
        { "18 juil. 2025 à 08h52", "none", "Local 2025-07-18T08:52:00 Minute" },
        { "18 juillet 2025 à 17h", "none", "Local 2025-07-18T17:00:00 Hour" },
        { "1er août 2025", "none", "Date 2025-08-01 Day" },
        { "Publié le 18 juillet 2025 à 08:52", "none", "Local 2025-07-18T08:52:00 Minute" },
        { "Mis à jour le 18 juillet 2025", "none", "Date 2025-07-18 Day" },
        { "mar. 15 juil. 2025", "none", "Date 2025-07-15 Day" },
        { "mar. 15/07/2025", "none", "Date 2025-07-15 Day" },
        { "18 février 2025", "none", "Date 2025-02-18 Day" },
        { "18 de julio de 2025", "none", "Date 2025-07-18 Day" },
        { "viernes, 18 de julio de 2025", "none", "Date 2025-07-18 Day" },
        { "18 de julio de 2025, 08:52", "none", "Local 2025-07-18T08:52:00 Minute" },
        { "18 de julio de 2025 | 08:52 h", "none", "Local 2025-07-18T08:52:00 Minute" },
        { "Actualizado el 18 de julio de 2025 a las 08:52", "none", "Local 2025-07-18T08:52:00 Minute" },
        { "18 ago 2025", "none", "Date 2025-08-18 Day" },
        { "18 jul 2025", "none", "Date 2025-07-18 Day" },
        { "18 luglio 2025", "none", "Date 2025-07-18 Day" },
        { "venerdì 18 luglio 2025", "none", "Date 2025-07-18 Day" },
        { "18 luglio 2025 alle 08:52", "none", "Local 2025-07-18T08:52:00 Minute" },
        { "Pubblicato il 18 luglio 2025", "none", "Date 2025-07-18 Day" },
        { "18 settembre 2025", "none", "Date 2025-09-18 Day" },
        { "18 de julho de 2025", "none", "Date 2025-07-18 Day" },
        { "sexta-feira, 18 de julho de 2025", "none", "Date 2025-07-18 Day" },
        { "18 de julho de 2025 às 08:52", "none", "Local 2025-07-18T08:52:00 Minute" },
        { "18 jul. 2025", "none", "Date 2025-07-18 Day" },
        { "18 de março de 2025", "none", "Date 2025-03-18 Day" },
        { "18 juli 2025", "none", "Date 2025-07-18 Day" },
        { "vrijdag 18 juli 2025", "none", "Date 2025-07-18 Day" },
        { "18 juli 2025 om 08:52", "none", "Local 2025-07-18T08:52:00 Minute" },
        { "18 mrt 2025", "none", "Date 2025-03-18 Day" },
        { "18 lipca 2025", "none", "Date 2025-07-18 Day" },
        { "18 lipca 2025 r.", "none", "Date 2025-07-18 Day" },
        { "piątek, 18 lipca 2025", "none", "Date 2025-07-18 Day" },
        { "18 lipca 2025, 08:52", "none", "Local 2025-07-18T08:52:00 Minute" },
        { "lipiec 2025", "none", "Date 2025-07-01 Month" },
        { "18 października 2025", "none", "Date 2025-10-18 Day" },
        { "18 июля 2025", "none", "Date 2025-07-18 Day" },
        { "18 июля 2025 г.", "none", "Date 2025-07-18 Day" },
        { "18 июля 2025 года, 08:52", "none", "Local 2025-07-18T08:52:00 Minute" },
        { "пятница, 18 июля 2025", "none", "Date 2025-07-18 Day" },
        { "18 июл. 2025", "none", "Date 2025-07-18 Day" },
        { "1 марта 2025", "none", "Date 2025-03-01 Day" },
        { "июль 2025", "none", "Date 2025-07-01 Month" },
        { "18 ИЮЛЯ 2025", "none", "Date 2025-07-18 Day" },
        { "18 сентября 2025 в 08:52", "none", "Local 2025-09-18T08:52:00 Minute" },
        { "18.07.2025 08:52 МСК", "none", "Instant 2025-07-18T08:52:00+03 Minute zone=Europe/Moscow flags=ZoneFromAbbreviation" },
        { "18 липня 2025", "none", "Date 2025-07-18 Day" },
        { "18 липня 2025 року", "none", "Date 2025-07-18 Day" },
        { "п'ятниця, 18 липня 2025", "none", "Date 2025-07-18 Day" },
        { "18 листопада 2025", "none", "Date 2025-11-18 Day" },
        { "18 Temmuz 2025", "none", "Date 2025-07-18 Day" },
        { "18 Temmuz 2025 Cuma", "none", "Date 2025-07-18 Day" },
        { "18 Temmuz 2025 14:30", "none", "Local 2025-07-18T14:30:00 Minute" },
        { "18 Ağustos 2025", "none", "Date 2025-08-18 Day" },
        { "18 MAYIS 2025", "none", "Date 2025-05-18 Day" },
        { "18 Ekim 2025 saat 14:30", "none", "Local 2025-10-18T14:30:00 Minute" },
        { "18 يوليو 2025", "none", "Date 2025-07-18 Day" },
        { "الجمعة 18 يوليو 2025", "none", "Date 2025-07-18 Day" },
        { "١٨ يوليو ٢٠٢٥", "none", "Date 2025-07-18 Day" },
        { "18 تموز 2025", "none", "Date 2025-07-18 Day" },
        { "18 كانون الثاني 2025", "none", "Date 2025-01-18 Day" },
        { "الأحد 23 نونبر 2025", "none", "Date 2025-11-23 Day" },
        { "18 يوليوز 2025", "none", "Date 2025-07-18 Day" },
        { "5 غشت 2025", "none", "Date 2025-08-05 Day" },
        { "12 جانفي 2025", "none", "Date 2025-01-12 Day" },
        { "3 جويلية 2025", "none", "Date 2025-07-03 Day" },
        { "18 يوليو 2025 08:52", "none", "Local 2025-07-18T08:52:00 Minute" },
        { "2025年7月18日", "none", "Date 2025-07-18 Day" },
        { "2025年7月18日 09:30", "none", "Local 2025-07-18T09:30:00 Minute" },
        { "2025年07月18日 09:30:15", "none", "Local 2025-07-18T09:30:15 Second" },
        { "2025年7月18日(金) 9時30分", "none", "Local 2025-07-18T09:30:00 Minute" },
        { "2025年3月4日（火）8時15分", "none", "Local 2025-03-04T08:15:00 Minute" }, // the weekday in full-width parentheses
        { "2025年7月18日 午後3時30分", "none", "Local 2025-07-18T15:30:00 Minute" },
        { "2025年7月18日 下午3:30", "none", "Local 2025-07-18T15:30:00 Minute" },
        { "2025年7月18日 星期五", "none", "Date 2025-07-18 Day" },
        { "2025年7月18日 09:30 JST", "none", "Instant 2025-07-18T09:30:00+09 Minute zone=Asia/Tokyo flags=ZoneFromAbbreviation" },
        { "2025년 7월 18일", "none", "Date 2025-07-18 Day" },
        { "2025년 7월 18일 오후 3:30", "none", "Local 2025-07-18T15:30:00 Minute" },
        { "2025년 7월 18일 (금)", "none", "Date 2025-07-18 Day" },
        { "2025년 7월 18일 오전 9시 30분", "none", "Local 2025-07-18T09:30:00 Minute" },
        { "7月18日", "ref", "Date 2025-07-18 Day flags=YearInferred" },
        { "2025年7月18日(土)", "none", "Fail: WeekdayMismatch" }, // does not match
        { "2025年2月30日", "none", "Fail: OutOfRange" }, // day 30 does not exist in February 2025
        { "2025年13月1日", "none", "Fail: OutOfRange" }, // month 13
        { "Aktionswoche 14. - 20. Januar 2022", "search", "Date 2022-01-20 Day" }, // the range's last day
        { "03.02.2021 | 14:05 Uhr", "search", "Local 2021-02-03T14:05:00 Minute" }, // a bar between the date and its time
        { "February 3, 2021 • 2:05 PM", "search", "Local 2021-02-03T14:05:00 Minute" },
        { "03.02.2021 | 14 Kommentare", "search", "Date 2021-02-03 Day" }, // no clock after the bar
        { "18-Jul-25", "none", "Date 2025-07-18 Day flags=CenturyInferred" }, // the dash joins the year to the month, not to a day
        { "3. februára 2021", "search", "Date 2021-02-03 Day" }, // Slovak
        { "2021. február 3.", "search", "Date 2021-02-03 Day" }, // Hungarian, year first
        { "3 februarie 2021", "search", "Date 2021-02-03 Day" }, // Romanian
        { "3. veljače 2021.", "search", "Date 2021-02-03 Day" }, // Croatian
        { "3 Φεβρουαρίου 2021", "search", "Date 2021-02-03 Day" }, // Greek, genitive
        { "3 февруари 2021", "search", "Date 2021-02-03 Day" }, // Bulgarian
        { "3 फ़रवरी 2021", "search", "Date 2021-02-03 Day" }, // Hindi
        { "平成20年4月1日", "none", "Date 2008-04-01 Day" },
        { "令和3年2月3日", "none", "Date 2021-02-03 Day" },
        { "昭和50年5月5日", "none", "Date 1975-05-05 Day" },
        { "令和元年5月3日", "none", "Date 2019-05-03 Day" }, // 元年: the era's first year
        { "掲載日：令和元年5月3日", "search", "Date 2019-05-03 Day" },
        { "108年3月5日", "none", "Date 2019-03-05 Day" }, // a Republic of China year without its era name
        { "950年3月5日", "none", "Fail: UnexpectedText" }, // no year of either calendar
        { "108-03-05", "zh-TW", "Date 2019-03-05 Day" }, // Taiwan writes numeric dates with Republic of China years
        { "24.03.05", "ko-KR", "Date 2024-03-05 Day flags=CenturyInferred" }, // Korean, Japanese and Chinese write a two-digit year first
        { "24.03.05", "dayfirst", "Date 2005-03-24 Day flags=CenturyInferred" }, // elsewhere the first part over 12 is the day
        { "21 במאי 2024", "he-IL", "Date 2024-05-21 Day" }, // Hebrew writes "in" joined to the month
        { "05/03/2019", "en-ZA", "Date 2019-03-05 Day flags=DayMonthOrder" }, // a year-first culture reads a year-last date day first
        { "05/03/2019", "sv-SE", "Date 2019-03-05 Day flags=DayMonthOrder" },
        { "05/03/2019", "en-CA", "Date 2019-05-03 Day flags=DayMonthOrder" }, // English Canada writes both: its culture's month-day order
        { "發布日期：108-03-05", "search", "Fail: NoDate" }, // elsewhere a three-digit number is no year
        { "5 de març de 2019", "search", "Date 2019-03-05 Day" }, // Catalan
        { "12 d\u2019abril de 2019", "search", "Date 2019-04-12 Day" }, // Catalan, elided before a vowel
        { "ΤΡΙΤΗ 5 ΜΑΡΤΙΟΥ 2019", "none", "Date 2019-03-05 Day" }, // Greek capitals drop the accents
        { "5 μαρτιου 2019", "none", "Date 2019-03-05 Day" },
        { "Publicerad 2019-03-05", "none", "Date 2019-03-05 Day" }, // Swedish label
        { "Publikováno 5. března 2019", "none", "Date 2019-03-05 Day" }, // Czech label
        { "民國110年3月1日", "none", "Date 2021-03-01 Day" },
        { "公開日：平成20年4月1日", "search", "Date 2008-04-01 Day" },
        { "平成4月1日", "none", "Fail: UnexpectedText" }, // a calendar era without its year
        { "woensdag 12 maart 2025 om 03.00 uur", "none", "Local 2025-03-12T03:00:00 Minute" }, // a dotted time after "om" (Dutch)
        { "12. mars 2025 kl. 21.14", "none", "Local 2025-03-12T21:14:00 Minute" }, // after "kl." (Norwegian, Swedish, Danish)
        { "12.3.2025 klo 18.42", "none", "Local 2025-03-12T18:42:00 Minute" }, // after "klo" (Finnish)
        { "12.03.2025 13.05", "none", "Local 2025-03-12T13:05:00 Minute" }, // after a whole numeric date
        { "12 March 2025 2.50", "none", "Fail: UnexpectedText" }, // no clock word, no whole date read before it: a decimal
        { "الجمعة، 08 نوفمبر 2024 12:15 ص", "none", "Local 2024-11-08T00:15:00 Minute" }, // Arabic "ص": before noon
        { "الجمعة، 08 نوفمبر 2024 02:15 م", "none", "Local 2024-11-08T14:15:00 Minute" }, // Arabic "م" after a time: after noon
        { "9 يناير 2025م", "none", "Date 2025-01-09 Day" }, // "م" after a year: of the Christian era
        { "08 نوفمبر 2024 10:30 مساءً", "none", "Local 2024-11-08T22:30:00 Minute" },
        { "22 دسمبر 2024", "none", "Date 2024-12-22 Day" }, // Urdu month names
        { "جمعہ ۹ مئی ۲۰۲۵ء", "none", "Date 2025-05-09 Day" }, // Urdu weekday, Persian digits, the year's "ء" (of the Christian era)
        { "سه‌شنبه ۱۳ آذر ۱۴۰۳", "none", "Date 2024-12-03 Day flags=CalendarConverted" }, // Solar Hijri (Iran), a weekday joined by a zero-width non-joiner
        { "۱۳ آذر ۱۴۰۳ - ۱۰:۲۳", "none", "Local 2024-12-03T10:23:00 Minute flags=CalendarConverted" },
        { "۲۱ اسد ۱۴۰۴", "none", "Date 2025-08-12 Day flags=CalendarConverted" }, // Solar Hijri, the Dari month names of Afghanistan
        { "1 فروردين 1404", "none", "Date 2025-03-21 Day flags=CalendarConverted" }, // written with the Arabic yeh: Nowruz
        { "دوشنبه ۱۳ آذر ۱۴۰۳", "none", "Fail: WeekdayMismatch" }, // 2024-12-03 is a Tuesday
        { "۱۳ آذر", "none", "Fail: NoDate" }, // a Solar Hijri date is never given a year from the clock
        { "۱۳ آذر ۲۰۲۴", "none", "Fail: OutOfRange" }, // a Gregorian year with a Solar Hijri month
        { "۱۳ آذر 3 December 2024", "none", "Fail: Conflict" }, // two months of two calendars
        { "۱۳ آذر ۱۴۰۳ - 3 December 2024", "none", "Date 2024-12-03 Day flags=CalendarConverted" }, // one day in two calendars, apart: both halves agree
        { "الخميس 21 ربيع الأول 1448هـ - 3 سبتمبر 2026م", "none", "Date 2026-09-03 Day flags=CalendarConverted" }, // the Hijri and the Gregorian date of a Saudi page
        { "۱۳ آذر ۱۴۰۳ - 4 December 2024", "none", "Fail: Conflict" }, // two calendars that disagree
        { "3 March 2026 - 5 March 2026", "none", "Fail: Conflict" }, // two days of one calendar
        { "۱۴۰۳/۰۹/۱۳", "fa-IR", "Date 2024-12-03 Day flags=CalendarConverted" }, // a numeric date of a Persian page
        { "1403-09-13", "none", "Date 1403-09-13 Day" }, // elsewhere the ISO calendar
        { "الخميس ٩ رجب ١٤٤٦هـ", "none", "Date 2025-01-09 Day flags=CalendarConverted" }, // Hijri (Umm al-Qura)
        { "١ رمضان ١٤٤٦ هـ", "none", "Date 2025-03-01 Day flags=CalendarConverted" },
        { "١٥ جمادى الآخرة ١٤٤٦", "none", "Date 2024-12-16 Day flags=CalendarConverted" }, // a two-word Hijri month (the converted days agree with .NET's UmAlQuraCalendar and PersianCalendar)
        { "١٤٤٦/٧/٩ هـ", "none", "Date 2025-01-09 Day flags=CalendarConverted" }, // a numeric Hijri date with its marker
        { "رمضان 2025", "none", "Fail: NoDate" }, // a month and a year: no day
        { "٣٠ صفر ١٤٤٦", "none", "Date 2024-09-03 Day flags=CalendarConverted" }, // Safar 1446 has 30 days in the Umm al-Qura tables
        { "7 มี.ค. 2568 09:45 น.", "none", "Local 2025-03-07T09:45:00 Minute flags=CalendarConverted" }, // Thai: an abbreviated month, a Buddhist-era year (2568 is 2025), "น." after the time
        { "วันศุกร์ที่ 7 มีนาคม 2568", "none", "Date 2025-03-07 Day flags=CalendarConverted" }, // the weekday joined to "วัน" and "ที่", the full month
        { "วันที่ 18 ก.ค. 2568 เวลา 14:05 น.", "none", "Local 2025-07-18T14:05:00 Minute flags=CalendarConverted" },
        { "7 มี.ค. 68", "none", "Date 2025-03-07 Day flags=CenturyInferred|CalendarConverted" }, // two digits of the Buddhist era
        { "7 มีนาคม 2025", "none", "Date 2025-03-07 Day" }, // a Thai month with a Gregorian year, as written
        { "วันจันทร์ที่ 7 มีนาคม 2568", "none", "Fail: WeekdayMismatch" }, // 2025-03-07 is a Friday
        { "٣١ صفر ١٤٤٦", "none", "Fail: OutOfRange" }, // no Hijri month has 31 days
    };

    public static TheoryData<string, string, string> Relative => new()
    {
        { "just now", "ref", "At 2025-07-18T12:00:00Z Minute flags=RelativeToClock" },
        { "Just now", "ref", "At 2025-07-18T12:00:00Z Minute flags=RelativeToClock" },
        { "now", "ref", "At 2025-07-18T12:00:00Z Minute flags=RelativeToClock" },
        { "5 mins ago", "ref", "At 2025-07-18T11:55:00Z Minute flags=RelativeToClock" },
        { "5 minutes ago", "ref", "At 2025-07-18T11:55:00Z Minute flags=RelativeToClock" },
        { "1 minute ago", "ref", "At 2025-07-18T11:59:00Z Minute flags=RelativeToClock" },
        { "a minute ago", "ref", "At 2025-07-18T11:59:00Z Minute flags=RelativeToClock" },
        { "30 seconds ago", "ref", "At 2025-07-18T11:59:30Z Second flags=RelativeToClock" },
        { "2 hours ago", "ref", "At 2025-07-18T10:00:00Z Hour flags=RelativeToClock" },
        { "an hour ago", "ref", "At 2025-07-18T11:00:00Z Hour flags=RelativeToClock" },
        { "5h ago", "ref", "At 2025-07-18T07:00:00Z Hour flags=RelativeToClock" },
        { "2 hrs ago", "ref", "At 2025-07-18T10:00:00Z Hour flags=RelativeToClock" },
        { "1 hour 30 minutes ago", "ref", "At 2025-07-18T10:30:00Z Minute flags=RelativeToClock" },
        { "Updated 3 min ago", "ref", "At 2025-07-18T11:57:00Z Minute flags=RelativeToClock" },
        { "Posted 2 hours ago", "ref", "At 2025-07-18T10:00:00Z Hour flags=RelativeToClock" },
        { "2 hours ago", "ref-berlin", "Instant 2025-07-18T12:00:00+02 Hour zone=Europe/Berlin flags=RelativeToClock|DefaultZone" },
        { "1 day ago", "ref", "Date 2025-07-17 Day flags=RelativeToClock" },
        { "3 days ago", "ref", "Date 2025-07-15 Day flags=RelativeToClock" },
        { "2 weeks ago", "ref", "Date 2025-07-04 Day flags=RelativeToClock" },
        { "3 months ago", "ref", "Date 2025-04-01 Month flags=RelativeToClock" },
        { "2 years ago", "ref", "Date 2023-01-01 Year flags=RelativeToClock" },
        { "yesterday", "ref", "Date 2025-07-17 Day flags=RelativeToClock" },
        { "Yesterday", "ref", "Date 2025-07-17 Day flags=RelativeToClock" },
        { "today", "ref", "Date 2025-07-18 Day flags=RelativeToClock" },
        { "yesterday at 5:30 PM", "ref", "Local 2025-07-17T17:30:00 Minute flags=RelativeToClock" },
        { "yesterday at 5:30 PM", "ref-berlin", "Instant 2025-07-17T17:30:00+02 Minute zone=Europe/Berlin flags=RelativeToClock|DefaultZone" },
        { "Yesterday, 5:30 PM ET", "ref", "Instant 2025-07-17T17:30:00-04 Minute zone=America/New_York flags=RelativeToClock|ZoneFromAbbreviation" },
        { "today at 08:15", "ref", "Local 2025-07-18T08:15:00 Minute flags=RelativeToClock" },
        { "gestern, 17:30", "ref", "Local 2025-07-17T17:30:00 Minute flags=RelativeToClock" },
        { "heute, 08:15 Uhr", "ref", "Local 2025-07-18T08:15:00 Minute flags=RelativeToClock" },
        { "vor 2 Stunden", "ref", "At 2025-07-18T10:00:00Z Hour flags=RelativeToClock" },
        { "vor einer Stunde", "ref", "At 2025-07-18T11:00:00Z Hour flags=RelativeToClock" },
        { "vor 5 Minuten", "ref", "At 2025-07-18T11:55:00Z Minute flags=RelativeToClock" },
        { "vor 3 Tagen", "ref", "Date 2025-07-15 Day flags=RelativeToClock" },
        { "2 часа назад", "ref", "At 2025-07-18T10:00:00Z Hour flags=RelativeToClock" },
        { "5 минут назад", "ref", "At 2025-07-18T11:55:00Z Minute flags=RelativeToClock" },
        { "час назад", "ref", "At 2025-07-18T11:00:00Z Hour flags=RelativeToClock" },
        { "вчера в 17:30", "ref", "Local 2025-07-17T17:30:00 Minute flags=RelativeToClock" },
        { "il y a 3 heures", "ref", "At 2025-07-18T09:00:00Z Hour flags=RelativeToClock" },
        { "il y a 5 minutes", "ref", "At 2025-07-18T11:55:00Z Minute flags=RelativeToClock" },
        { "il y a une heure", "ref", "At 2025-07-18T11:00:00Z Hour flags=RelativeToClock" },
        { "à l'instant", "ref", "At 2025-07-18T12:00:00Z Minute flags=RelativeToClock" },
        { "hier à 17h30", "ref", "Local 2025-07-17T17:30:00 Minute flags=RelativeToClock" },
        { "hace 2 horas", "ref", "At 2025-07-18T10:00:00Z Hour flags=RelativeToClock" },
        { "hace 3 días", "ref", "Date 2025-07-15 Day flags=RelativeToClock" },
        { "ayer", "ref", "Date 2025-07-17 Day flags=RelativeToClock" },
        { "2 ore fa", "ref", "At 2025-07-18T10:00:00Z Hour flags=RelativeToClock" },
        { "un'ora fa", "ref", "At 2025-07-18T11:00:00Z Hour flags=RelativeToClock" }, // elided "una"
        { "un’ora fa", "ref", "At 2025-07-18T11:00:00Z Hour flags=RelativeToClock" },
        { "fa 3 min", "ref", "Fail: UnexpectedText" }, // the word after one item's amount, then the next item's
        { "2 ore fa 3 min", "ref", "Fail: UnexpectedText" },
        { "2 ore fa 3 min read", "search-ref", "At 2025-07-18T10:00:00Z Hour flags=RelativeToClock" },
        { "2 hours 3 minutes ago", "ref", "At 2025-07-18T09:57:00Z Minute flags=RelativeToClock" },
        { "há 2 horas", "ref", "At 2025-07-18T10:00:00Z Hour flags=RelativeToClock" },
        { "2 horas atrás", "ref", "At 2025-07-18T10:00:00Z Hour flags=RelativeToClock" },
        { "2 uur geleden", "ref", "At 2025-07-18T10:00:00Z Hour flags=RelativeToClock" },
        { "2 godziny temu", "ref", "At 2025-07-18T10:00:00Z Hour flags=RelativeToClock" },
        { "3 hari yang lalu", "ref", "Date 2025-07-15 Day flags=RelativeToClock" }, // Indonesian
        { "3 ngày trước", "ref", "Date 2025-07-15 Day flags=RelativeToClock" }, // Vietnamese
        { "לפני 3 ימים", "ref", "Date 2025-07-15 Day flags=RelativeToClock" }, // Hebrew
        { "3 napja", "ref", "Date 2025-07-15 Day flags=RelativeToClock" }, // Hungarian: the unit and "ago" in one word
        { "2 órája", "ref", "At 2025-07-18T10:00:00Z Hour flags=RelativeToClock" },
        { "3 dny zpět", "ref", "Date 2025-07-15 Day flags=RelativeToClock" }, // Czech, colloquial
        { "kemarin", "ref", "Date 2025-07-17 Day flags=RelativeToClock" },
        { "hôm qua", "ref", "Date 2025-07-17 Day flags=RelativeToClock" },
        { "אתמול", "ref", "Date 2025-07-17 Day flags=RelativeToClock" },
        { "2 години тому", "ref", "At 2025-07-18T10:00:00Z Hour flags=RelativeToClock" },
        { "2 saat önce", "ref", "At 2025-07-18T10:00:00Z Hour flags=RelativeToClock" },
        { "منذ 3 ساعات", "ref", "At 2025-07-18T09:00:00Z Hour flags=RelativeToClock" },
        { "5分前", "ref", "At 2025-07-18T11:55:00Z Minute flags=RelativeToClock" },
        { "2時間前", "ref", "At 2025-07-18T10:00:00Z Hour flags=RelativeToClock" },
        { "2小时前", "ref", "At 2025-07-18T10:00:00Z Hour flags=RelativeToClock" },
        { "3天前", "ref", "Date 2025-07-15 Day flags=RelativeToClock" },
        { "2시간 전", "ref", "At 2025-07-18T10:00:00Z Hour flags=RelativeToClock" },
        { "어제", "ref", "Date 2025-07-17 Day flags=RelativeToClock" },
        { "2 dagar sedan", "ref", "Date 2025-07-16 Day flags=RelativeToClock" },
        { "3 timer siden", "ref", "At 2025-07-18T09:00:00Z Hour flags=RelativeToClock" },
        { "2 dager siden", "ref", "Date 2025-07-16 Day flags=RelativeToClock" },
        { "2 päivää sitten", "ref", "Date 2025-07-16 Day flags=RelativeToClock" },
        { "před 2 dny", "ref", "Date 2025-07-16 Day flags=RelativeToClock" },
        { "πριν από 3 ημέρες", "ref", "Date 2025-07-15 Day flags=RelativeToClock" },
        { "acum 3 zile", "ref", "Date 2025-07-15 Day flags=RelativeToClock" },
        { "igår 15:05", "ref", "Local 2025-07-17T15:05:00 Minute flags=RelativeToClock" },
        { "včera 15:05", "ref", "Local 2025-07-17T15:05:00 Minute flags=RelativeToClock" },
        { "i går", "ref", "Date 2025-07-17 Day flags=RelativeToClock" },
        { "5 mins ago", "none", "Fail: NeedsReferenceInstant" }, // reference instant
        { "yesterday", "none", "Fail: NeedsReferenceInstant" }, // reference instant
        { "vor 2 Stunden", "none", "Fail: NeedsReferenceInstant" }, // reference instant
        { "2 hours", "ref", "Fail: UnexpectedText" },
        { "ago", "ref", "Fail: NoDate" },
        { "in 2 hours", "ref", "Fail: UnexpectedText" },
        { "2 hours ago yesterday", "ref", "Fail: UnexpectedText" },
    };

    public static TheoryData<string, string, string> DaylightSaving => new()
    {
        { "2025-03-09 02:30", "newyork", "Instant 2025-03-09T03:30:00-04 Minute local=2025-03-09T02:30:00 zone=America/New_York flags=DefaultZone|SkippedLocalTime" },
        { "2025-11-02 01:30", "newyork", "Instant 2025-11-02T01:30:00-04 Minute zone=America/New_York flags=DefaultZone|AmbiguousLocalTime" },
        { "2025-03-09 01:59", "newyork", "Instant 2025-03-09T01:59:00-05 Minute zone=America/New_York flags=DefaultZone" },
        { "2025-03-09 03:00", "newyork", "Instant 2025-03-09T03:00:00-04 Minute zone=America/New_York flags=DefaultZone" },
        { "March 9, 2025 2:30 AM ET", "none", "Instant 2025-03-09T03:30:00-04 Minute local=2025-03-09T02:30:00 zone=America/New_York flags=ZoneFromAbbreviation|SkippedLocalTime" },
        { "November 2, 2025 1:30 AM ET", "none", "Instant 2025-11-02T01:30:00-04 Minute zone=America/New_York flags=ZoneFromAbbreviation|AmbiguousLocalTime" },
        { "November 2, 2025 1:30 AM EST", "none", "Instant 2025-11-02T01:30:00-05 Minute zone=America/New_York flags=ZoneFromAbbreviation" },
        { "2025-03-30 02:30", "berlin", "Instant 2025-03-30T03:30:00+02 Minute local=2025-03-30T02:30:00 zone=Europe/Berlin flags=DefaultZone|SkippedLocalTime" },
        { "2025-10-26 02:30", "berlin", "Instant 2025-10-26T02:30:00+02 Minute zone=Europe/Berlin flags=DefaultZone|AmbiguousLocalTime" },
        { "October 26, 2025 2:30 AM Europe/Berlin", "none", "Instant 2025-10-26T02:30:00+02 Minute zone=Europe/Berlin flags=AmbiguousLocalTime" },
        { "2025-10-26T02:30:00+01:00", "berlin", "Instant 2025-10-26T02:30:00+01 Second" },
    };

    public static TheoryData<string, string, string> Rejections => new()
    {
        { "", "none", "Fail: Empty" }, // empty text
        { "   ", "none", "Fail: Empty" }, // empty text
        { "\u00A0\t", "none", "Fail: Empty" }, // empty text
        { "", "search", "Fail: Empty" }, // empty text
        { "Follow us", "none", "Fail: UnexpectedText" }, // "Follow" is not part of a date
        { "© 2024 SwissX REDD UK ltd", "none", "Fail: UnexpectedText" }, // '©' is not part of a date
        { "Page 2 of 5", "none", "Fail: UnexpectedText" }, // "Page" is not part of a date
        { "1234", "none", "Fail: NoDate" }, // a bare number is not a date
        { "2025", "none", "Fail: NoDate" }, // a bare number is not a date
        { "MORE ON THEME", "none", "Fail: UnexpectedText" }, // "MORE" is not part of a date
        { "Breaking News", "none", "Fail: UnexpectedText" }, // not part of a date
        { "Read more", "none", "Fail: UnexpectedText" }, // not part of a date
        { "Share on Facebook", "none", "Fail: UnexpectedText" }, // not part of a date
        { "12345678", "none", "Fail: NoDate" }, // a bare number is not a date
        { "3 comments", "none", "Fail: UnexpectedText" }, // not part of a date
        { "Top 10", "none", "Fail: UnexpectedText" }, // not part of a date
        { "v1.2.3", "none", "Fail: UnexpectedText" }, // not part of a date
        { "100%", "none", "Fail: UnexpectedText" }, // '%' is not part of a date
        { "$25.99", "none", "Fail: UnexpectedText" }, // '$' is not part of a date
        { "5:34 PM", "none", "Fail: NoDate" }, // a time without a date
        { "25:00", "none", "Fail: NoDate" }, // a time without a date
        { "Friday", "none", "Fail: NoDate" }, // a weekday without a date
        { "July", "none", "Fail: NoDate" }, // a month name alone is not a date
        { "May", "ref", "Fail: NoDate" }, // a month name alone is not a date
        { "Feb 30", "ref", "Fail: OutOfRange" }, // day 30 does not exist in February
        { "AM", "none", "Fail: NoDate" }, // no date
        { "PM EDT", "none", "Fail: UnexpectedText" }, // AM or PM without an hour
        { "July 2025 5:34 PM", "none", "Fail: NoDate" }, // without a day
        { new string('9', 300), "none", "Fail: TooLong" }, // text too long
        { "Follow us", "search", "Fail: NoDate" }, // no timestamp found
        { "© 2024 SwissX REDD UK ltd", "search", "Fail: NoDate" }, // no timestamp found
        { "Page 2 of 5", "search", "Fail: NoDate" }, // no timestamp found
        { "MORE ON THEME", "search", "Fail: NoDate" }, // no timestamp found
        { "Reporting by Jane Doe; Editing by John Roe", "search", "Fail: NoDate" }, // no timestamp found
        { "Chapter 7, verse 3", "search", "Fail: NoDate" }, // no timestamp found
        { "March 5-19", "search", "Fail: NoDate" }, // a range of days: 19 is no year
        { "Thursday, February 3, 2021", "search", "Fail: WeekdayMismatch" }, // 2021-02-03 is a Wednesday; no part of the text is read without the weekday
        { "Published Thursday, 3 February 2021 14:05", "search", "Fail: WeekdayMismatch" }, // the weekday does not match
        { "Donnerstag, 03.02.2021", "search", "Fail: WeekdayMismatch" }, // the weekday does not match
        { "5-19 March", "search", "Fail: NoDate" }, // a range of days
        { "Climate week, January 14-20, 2022", "search", "Fail: NoDate" }, // a range of days
        { "19. - 20. März", "search", "Fail: NoDate" }, // a range of days: 19 is no year
        { "Päivitetty 12.3. 10:15", "search", "Fail: NoDate" }, // a date of this year, then a time: 10 is the hour, no year
        { "Stand: 12.3. 10:15 Uhr", "search", "Fail: NoDate" },
        { "2.3. Results", "search-ref", "Fail: NoDate" },
        { "Score 2 - 1", "search", "Fail: NoDate" },
        { "12 - 03 - 26", "search", "Fail: NoDate" }, // spaced separators with a short year: a score or a range more often than a date // a day and a month without a time after them: as often a section's number
    };

    public static TheoryData<string, string, string> Search => new()
    {
        { "By Jane Doe | Published 5:34 AM EDT, Fri July 18, 2025 | Updated 7:02 AM EDT, Fri July 18, 2025", "search", "Instant 2025-07-18T05:34:00-04 Minute zone=America/New_York flags=ZoneFromAbbreviation" },
        { "By Jane Doe | Updated July 19, 2025 | Published 5:34 AM EDT, Fri July 18, 2025", "search", "Instant 2025-07-18T05:34:00-04 Minute zone=America/New_York flags=ZoneFromAbbreviation" },
        { "The meeting on July 18, 2025 was long", "search", "Date 2025-07-18 Day" },
        { "Posted by admin on July 18, 2025 at 5:34 pm", "search", "Local 2025-07-18T17:34:00 Minute" },
        { "Story from 18.07.2025, 08:52 Uhr", "search", "Local 2025-07-18T08:52:00 Minute" },
        { "Last updated on 2025-07-18T05:52:07Z by the desk", "search", "Instant 2025-07-18T05:52:07Z Second" },
        { "Updated 3 min ago • 1,234 comments", "search-ref", "At 2025-07-18T11:57:00Z Minute flags=RelativeToClock" },
        { "Page 2 of 5 — 18 July 2025", "search", "Date 2025-07-18 Day" },
        { "Davide Zanon · 26 novembre 2025, 18:05", "search", "Local 2025-11-26T18:05:00 Minute" }, // a middle dot between fields, not a date's
        { "12 · 3", "search", "Fail: NoDate" },
        { "UN ANNO DA RECORD (Notizia del 18 Luglio 2025", "search", "Date 2025-07-18 Day" }, // a parenthesis before the date holds no zone name
        { "Publiceret fredag den 18. juli 2025 kl. 08:52", "search", "Local 2025-07-18T08:52:00 Minute" }, // Danish full names and "kl."
        { "Publicerad 18 juli 2025 klockan 08:52", "search", "Local 2025-07-18T08:52:00 Minute" },
        { "18. marts 2025", "search", "Date 2025-03-18 Day" }, // Danish March
        { "Jumat, 18 Juli 2025", "search", "Date 2025-07-18 Day" }, // Indonesian weekday and month
        { "18 Maret 2025", "search", "Date 2025-03-18 Day" }, // Indonesian March
        { "Julkaistu 18. heinäkuuta 2025 klo 08:52", "search", "Local 2025-07-18T08:52:00 Minute" }, // Finnish
        { "Publikováno 18. července 2025", "search", "Date 2025-07-18 Day" }, // Czech genitive
        { "প্রকাশ: ১৮ জুলাই ২০২৫, ০৮:৫২", "search", "Local 2025-07-18T08:52:00 Minute" }, // Bengali month name and digits
        { "Windows 10 on the Surface Pro 3, a review from 2025", "search", "Fail: NoDate" }, // "pro" is Czech December only abbreviated: not read
        { "Stand - 18.07.2025 (Unverändert gültig seit: 11.07.2025)", "search", "Date 2025-07-18 Day" }, // a parenthesis after the date that holds no zone name is an aside
        { "Stand 18.07.2025 (gültig seit 11.07.2025, 09:30 Uhr)", "search", "Local 2025-07-11T09:30:00 Minute" }, // the aside is read too: the more complete value wins
        { "Posted Fri Jul 18 2025 08:52:07 GMT+0300 (Eastern European Summer Time) by the desk", "search", "Instant 2025-07-18T08:52:07+03 Second" },
        { "MINSK, Belarus — Fri Jul 18 2025 08:52:07 GMT+0300 (Eastern European Summer Time) — Kellogg arrived", "search", "Instant 2025-07-18T08:52:07+03 Second" },
        { "Von Max Muster, 18. Juli 2025, 08:52 Uhr", "search", "Local 2025-07-18T08:52:00 Minute" },
        { "Опубликовано: 18 июля 2025 г., обновлено", "search", "Date 2025-07-18 Day" },
        { "Sections: World, 2 comments, July 18, 2025", "search", "Date 2025-07-18 Day" },
        { "Posted on Jul 18th, \u201925 by Jim", "search", "Date 2025-07-18 Day flags=CenturyInferred" }, // a typographic apostrophe before a two-digit year
        { "18. Juli \u201925", "none", "Date 2025-07-18 Day flags=CenturyInferred" },
        { "It\u2019s Jul 18 and Jim\u2019s \u2019quote\u2019", "search-ref", "Date 2025-07-18 Day flags=YearInferred" }, // apostrophes with no year after them end the run
        { "Published 18 July 2025 08:52 Updated 19 July 2025 09:00", "search", "Local 2025-07-18T08:52:00 Minute" }, // two timestamps in a row: each read on its own, the first kept
        { "18 July 2025 08:52 19 July 2025 09:00", "search", "Local 2025-07-18T08:52:00 Minute" },
        { "Fri 18 Jul 2025 08.52 BST Friday 18 July 2025 08.52 BST", "search", "Instant 2025-07-18T08:52:00+01 Minute zone=Europe/London flags=ZoneFromAbbreviation" },
        { "18.07.2025 08:52 19.07.2025", "search", "Local 2025-07-18T08:52:00 Minute" }, // not "2025 08" as a time before the second date
        { "Päivitetty 12.3.25 10:15", "search", "Local 2025-03-12T10:15:00 Minute flags=CenturyInferred" }, // a two-digit year written against the month is a year
        { "Release 31/25 of July 18, 2025", "search", "Date 2025-07-18 Day" }, // a release number before the date: not "31/25 of July" (the written year left behind)
        { "Press Release No 31/25 of 18 July 2025", "search", "Date 2025-07-18 Day" }, // a short run trimmed from its start down to the date with its year
        { "Issue 12, 18 July 2025", "search", "Date 2025-07-18 Day" },
        { "tools used 3000 years ago", "search", "Fail: NoDate" }, // trimming from the start never leaves a bare "years ago"
    };

    public static TheoryData<string, string> SearchFragments => new()
    {
        { "By Jane Doe | Published 5:34 AM EDT, Fri July 18, 2025 | Updated 7:02 AM EDT, Fri July 18, 2025", "5:34 AM EDT, Fri July 18, 2025" },
        { "The meeting on July 18, 2025 was long", "July 18, 2025" },
        { "Posted by admin on July 18, 2025 at 5:34 pm.", "July 18, 2025 at 5:34 pm" },
        { "Last updated on 2025-07-18T05:52:07Z by the desk", "2025-07-18T05:52:07Z" },
        { "It happened at 5:34 p.m. on July 18, 2025.", "5:34 p.m. on July 18, 2025" },
        { "MINSK, Belarus — Fri Jul 18 2025 08:52:07 GMT+0300 (Eastern European Summer Time) — Kellogg", "Fri Jul 18 2025 08:52:07 GMT+0300 (Eastern European Summer Time)" },
    };

    [Theory]
    [MemberData(nameof(Iso))]
    public void Iso_8601_and_RFC_3339(string text, string context, string expected) => TimestampCaseAssert.Check(text, context, expected);

    [Theory]
    [MemberData(nameof(Rfc))]
    public void RFC_1123_822_2822_850_and_asctime(string text, string context, string expected) => TimestampCaseAssert.Check(text, context, expected);

    [Theory]
    [MemberData(nameof(JavaScript))]
    public void JavaScript_Date_strings(string text, string context, string expected) => TimestampCaseAssert.Check(text, context, expected);

    [Theory]
    [MemberData(nameof(English))]
    public void English_textual_dates_clocks_zones_and_bylines(string text, string context, string expected) => TimestampCaseAssert.Check(text, context, expected);

    [Theory]
    [MemberData(nameof(Numeric))]
    public void Numeric_dates(string text, string context, string expected) => TimestampCaseAssert.Check(text, context, expected);

    [Theory]
    [MemberData(nameof(Epoch))]
    public void Unix_epoch_only_when_allowed(string text, string context, string expected) => TimestampCaseAssert.Check(text, context, expected);

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Other_languages_and_CJK(string text, string context, string expected) => TimestampCaseAssert.Check(text, context, expected);

    [Theory]
    [MemberData(nameof(Relative))]
    public void Relative_forms(string text, string context, string expected) => TimestampCaseAssert.Check(text, context, expected);

    [Theory]
    [MemberData(nameof(DaylightSaving))]
    public void Daylight_saving_edges(string text, string context, string expected) => TimestampCaseAssert.Check(text, context, expected);

    [Theory]
    [MemberData(nameof(Rejections))]
    public void Rejections_with_reasons(string text, string context, string expected) => TimestampCaseAssert.Check(text, context, expected);

    [Theory]
    [MemberData(nameof(Search))]
    public void Search_within_text(string text, string context, string expected) => TimestampCaseAssert.Check(text, context, expected);

    [Theory]
    [MemberData(nameof(SearchFragments))]
    public void Search_reports_the_part_it_read(string text, string fragment)
    {
        var result = NewsKit.Timestamps.TimestampNormalizer.Default.Normalize(text, TimestampCaseAssert.Context("search"));
        Assert.True(result.Success, result.FailureReason);
        Assert.Equal(fragment, result.Value.Text);
    }
}
