using NewsArchive.Core.Extraction;

namespace NewsArchive.Core.Tests;

/// <summary>One row per printed layout, as pages print them; the expected value is ISO 8601 as printed.</summary>
public class PrintedDatesTests
{
    [Theory]
    [InlineData("July 3, 2025 10:49 am", "2025-07-03T10:49:00")]
    [InlineData("Posted July 3, 2025 10:49 am.", "2025-07-03T10:49:00")]
    [InlineData("Last Updated July 3, 2025 2:39 pm.", "2025-07-03T14:39:00")]
    [InlineData("2025-07-03T10:49:00-04:00", "2025-07-03T10:49:00-04:00")]
    [InlineData("2025-07-03T10:49:00Z", "2025-07-03T10:49:00Z")]
    [InlineData("2025-07-03", "2025-07-03")]
    [InlineData("Nov. 19, 2019 8:03 am ET", "2019-11-19T08:03:00-05:00")]
    [InlineData("July 19, 2019 8:03 a.m. ET", "2019-07-19T08:03:00-04:00")]
    [InlineData("Feb. 19, 2020 4:15 PM EST", "2020-02-19T16:15:00-05:00")]
    [InlineData("Mon 20 Jan 2020 06.05 GMT", "2020-01-20T06:05:00Z")]
    [InlineData("June 12, 2020 9:49 am PT", "2020-06-12T09:49:00-07:00")]
    [InlineData("3 July 2025 14:05 BST", "2025-07-03T14:05:00+01:00")]
    [InlineData("3 July 2025", "2025-07-03")]
    [InlineData("Sept. 5, 2019", "2019-09-05")]
    [InlineData("December 14th 2019", "2019-12-14")]
    [InlineData("Thu, Nov 9, 2023 at 4:00 am", "2023-11-09T04:00:00")]
    [InlineData("03.07.2025", "2025-07-03")]
    [InlineData("29.12.2010, 13:36 Uhr", "2010-12-29T13:36:00")]
    [InlineData("01.21.2020 07:00 AM", "2020-01-21T07:00:00")]
    [InlineData("3. Juli 2025", "2025-07-03")]
    [InlineData("31. Dezember 2019", "2019-12-31")]
    [InlineData("Publié le 3 juillet 2025 à 10h49", "2025-07-03T10:49:00")]
    [InlineData("21.dez.2018 às 12h55", "2018-12-21T12:55:00")]
    [InlineData("3 de outubro de 2019", "2019-10-03")]
    [InlineData("15 de março de 2020 às 9h05", "2020-03-15T09:05:00")]
    [InlineData("1er août 2025", "2025-08-01")]
    [InlineData("3 de julio de 2025", "2025-07-03")]
    [InlineData("12/10/2020", "2020-12-10")]
    [InlineData("25/10/2020", "2020-10-25")]
    [InlineData("11/08/23 5:19pm", "2023-11-08T17:19:00")]
    [InlineData("2019/08/02", "2019-08-02")]
    [InlineData("Published: 10:00am, 20 Jan, 2020", "2020-01-20T10:00:00")]
    [InlineData("By Cat Lafuente/June 12, 2020 9:49 am EST/Updated: Aug. 18, 2020", "2020-06-12T09:49:00-05:00")]
    [InlineData("12 March 2024 12:30 CET", "2024-03-12T12:30:00+01:00")]
    [InlineData("26 abril, 2022 19:43", "2022-04-26T19:43:00")]
    [InlineData("26 de abril de 2022", "2022-04-26")]
    [InlineData("02.08.2019", "2019-08-02")]
    [InlineData("Sunday, October 18th, 2020.", "2020-10-18")]
    [InlineData("18 ottobre 2020", "2020-10-18")]
    [InlineData("18. Oktober 2020 um 14:30 Uhr", "2020-10-18T14:30:00")]
    [InlineData("25 janv. 2020", "2020-01-25")]
    [InlineData("26 Abr 2022", "2022-04-26")]
    [InlineData("abril 26, 2022", "2022-04-26")]
    [InlineData("26 avril 2022 à 19h43", "2022-04-26T19:43:00")]
    [InlineData("Mittwoch, 2. August 2019", "2019-08-02")]
    [InlineData("2 agosto 2019", "2019-08-02")]
    [InlineData("2 augustus 2019", "2019-08-02")]
    [InlineData("02/08/2019 - 10:15", "2019-02-08T10:15:00")]
    [InlineData("26-04-2022", "2022-04-26")]
    public void ParsesLayout(string printed, string iso)
    {
        Assert.True(PrintedDates.TryParse(printed, out var value), printed);
        Assert.Equal(iso, value.ToIso());
    }

    [Theory]
    [InlineData("Updated 2 hours ago", "2025-07-03T12:00:00")]
    [InlineData("56m ago", "2025-07-03T13:04:00")]
    [InlineData("vor 3 Stunden", "2025-07-03T11:00:00")]
    [InlineData("3 days ago", "2025-06-30")]
    public void RelativeTimesCountBackFromThePageDate(string printed, string iso)
    {
        var pageTime = new PrintedTime(new DateOnly(2025, 7, 3), new TimeOnly(14, 0), null);
        Assert.True(PrintedDates.TryParse(printed, pageTime, out var value));
        Assert.Equal(iso, value.ToIso());
    }

    [Fact]
    public void RelativeTimeWithoutAPageDateIsNotADate() => Assert.False(PrintedDates.TryParse("Updated 2 hours ago", out _));

    [Theory]
    [InlineData("")]
    [InlineData("Version 2.0.1 released")]
    [InlineData("February 30, 2020")]
    [InlineData("The meeting had 45 people")]
    [InlineData("Call 555-1234 today")]
    public void RefusesTextWithoutAValidDate(string text) => Assert.False(PrintedDates.TryParse(text, out _));

    [Fact]
    public void HourWithoutMinutesNeedsAmOrPm()
    {
        Assert.True(PrintedDates.TryParse("Feb. 19, 2020 4 AM", out var value));
        Assert.Equal("2020-02-19T04:00:00", value.ToIso());
    }

    [Theory]
    [InlineData("12/04/2020 by Kay 24 Comments", true)]
    [InlineData("By Jane Miller | 04/12/2020", true)]
    [InlineData("14/04/2020 at 3:00 pm", false)]
    [InlineData("04/04/2020", false)]
    [InlineData("April 12, 2020", false)]
    public void AmbiguousSlashedDates(string text, bool ambiguous) => Assert.Equal(ambiguous, PrintedDates.HasAmbiguousSlashedDate(text));

    [Theory]
    [InlineData("14/04/2020 at 3:00 pm", true)]
    [InlineData("04/14/2020 at 3:00 pm", false)]
    [InlineData("12/04/2020", null)]
    [InlineData("no date here", null)]
    public void SlashedDatesTellTheirOrder(string text, bool? dayFirst) => Assert.Equal(dayFirst, PrintedDates.SlashedDayFirst(text));

    [Fact]
    public void SwapsDayAndMonthKeepingTheTime()
    {
        var swapped = PrintedDates.SwapDayAndMonth(new PrintedTime(new DateOnly(2020, 12, 4), new TimeOnly(15, 0), null));
        Assert.Equal("2020-04-12T15:00:00", swapped.ToIso());
    }
}
