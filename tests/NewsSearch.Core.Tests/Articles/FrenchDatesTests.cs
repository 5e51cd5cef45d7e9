using NewsSearch.Articles;

namespace NewsSearch.Core.Tests.Articles;

public sealed class FrenchDatesTests
{
    [Theory]
    [InlineData("24 - 10 - 2023")]
    [InlineData("24/10/2023")]
    [InlineData("24.10.2023")]
    [InlineData("24 octobre 2023")]
    [InlineData("mardi 24 octobre 2023")]
    [InlineData("Mardi 24 Octobre 2023")]
    [InlineData("le 24 oct. 2023 à 08h30")]
    [InlineData("24 octobre 2023 à 10:15")]
    [InlineData("Tue, 24 Oct 2023 08:00:00 +0200")]
    [InlineData("Tue, 24 Oct 2023 23:59:00 EST")]
    [InlineData("2023-10-24")]
    [InlineData("2023-10-24T23:30:00-05:00")]
    public void Date_variants_are_read(string text)
    {
        Assert.Equal(new DateOnly(2023, 10, 24), FrenchDates.Parse(text));
    }

    [Theory]
    [InlineData("1er août 2023", 2023, 8, 1)]
    [InlineData("12 fevrier 2021", 2021, 2, 12)]
    [InlineData("3 déc. 2020", 2020, 12, 3)]
    [InlineData("5 juil. 2019", 2019, 7, 5)]
    public void Accented_unaccented_and_abbreviated_month_names_are_read(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), FrenchDates.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("hier")]
    [InlineData("31/02/2023")]
    [InlineData("24 brumaire 2023")]
    public void Text_that_is_not_a_valid_date_gives_none(string? text)
    {
        Assert.Null(FrenchDates.Parse(text));
    }
}
