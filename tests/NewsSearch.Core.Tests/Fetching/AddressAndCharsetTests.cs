using System.Net;
using System.Text;
using NewsSearch.Fetching;

namespace NewsSearch.Core.Tests.Fetching;

public sealed class AddressAndCharsetTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.20.30.40", true)]
    [InlineData("172.16.0.1", true)]
    [InlineData("172.32.0.1", false)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("93.184.216.34", false)]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946", false)]
    public void Private_addresses_are_told_from_public_ones(string address, bool isPrivate) =>
        Assert.Equal(isPrivate, AddressGuard.IsPrivate(IPAddress.Parse(address)));

    [Fact]
    public void Hosts_of_the_sources_file_are_trusted_and_other_private_hosts_refused_unless_allowed()
    {
        var guard = new AddressGuard(allowPrivate: false, [new Uri("http://127.0.0.1:8080/feed.xml")]);
        Assert.Null(guard.CheckLiteral(new Uri("http://127.0.0.1:8080/article.html")));
        Assert.NotNull(guard.CheckLiteral(new Uri("http://127.0.0.1:9090/admin")));
        Assert.NotNull(guard.CheckLiteral(new Uri("http://localhost:8080/admin")));
        Assert.NotNull(guard.CheckLiteral(new Uri("http://192.168.0.1/")));
        Assert.Null(guard.CheckLiteral(new Uri("https://www.lemonde.fr/article.html")));
        Assert.Null(new AddressGuard(allowPrivate: true, []).CheckLiteral(new Uri("http://192.168.0.1/")));
    }

    [Fact]
    public async Task A_host_name_that_resolves_to_a_loopback_address_is_refused_at_connection_time()
    {
        var guard = new AddressGuard(allowPrivate: false, []);
        var refused = await Assert.ThrowsAnyAsync<IOException>(async () => await guard.ConnectAsync(new DnsEndPoint("localhost", 9), "http", CancellationToken.None));
        Assert.Contains("resolves to a private address", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_declared_iso_8859_1_in_its_prolog_is_read_as_latin_1()
    {
        var bytes = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Élysée</title></channel></rss>");
        Assert.Contains("Élysée", Charsets.DecodeFeed(bytes, headerCharset: null), StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_charset_comes_first_and_gives_way_when_the_bytes_do_not_fit_it()
    {
        var latin1 = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><t>Noël</t>");
        Assert.Contains("Noël", Charsets.DecodeFeed(latin1, headerCharset: "utf-8"), StringComparison.Ordinal);
        var utf8 = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><t>Noël</t>");
        Assert.Contains("Noël", Charsets.DecodeFeed(utf8, headerCharset: "UTF-8"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_charset_comes_from_its_meta_when_the_header_says_none()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>Été</body></html>");
        Assert.Contains("Été", Charsets.DecodePage(bytes, headerCharset: null), StringComparison.Ordinal);
        var utf8 = Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-8\"></head><body>Été</body></html>");
        Assert.Contains("Été", Charsets.DecodePage(utf8, headerCharset: null), StringComparison.Ordinal);
    }
}
