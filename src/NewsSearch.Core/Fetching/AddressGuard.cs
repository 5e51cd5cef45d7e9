using System.Net;
using System.Net.Sockets;

namespace NewsSearch.Fetching;

/// <summary>Keeps links found inside feeds away from loopback and private addresses (server-side request forgery):
/// a feed is written by someone else and must not make the crawler reach services inside the network. The decision
/// is made on the addresses a host name resolves to, at connection time, so a name that resolves to a private
/// address is refused too. Hosts of the sources file itself are trusted, as is everything with
/// <see cref="FetchOptions.AllowPrivate"/>.</summary>
internal sealed class AddressGuard
{
    private readonly bool _allowPrivate;
    private readonly HashSet<string> _trustedOrigins;

    public AddressGuard(bool allowPrivate, IEnumerable<Uri> trusted)
    {
        _allowPrivate = allowPrivate;
        _trustedOrigins = new HashSet<string>(trusted.Select(Origin), StringComparer.OrdinalIgnoreCase);
    }

    public static string Origin(Uri url) => url.Scheme + "://" + url.IdnHost + ":" + url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether addresses of this host and port must be public.</summary>
    public bool MustBePublic(string scheme, string host, int port) =>
        !_allowPrivate && !_trustedOrigins.Contains(scheme + "://" + host + ":" + port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The refusal for an address given literally in a link, before anything is resolved; <c>null</c> when it may be tried.</summary>
    public string? CheckLiteral(Uri url)
    {
        if (!MustBePublic(url.Scheme, url.IdnHost, url.Port))
        {
            return null;
        }

        if (url.IsLoopback || string.Equals(url.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase)
            || url.IdnHost.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return "link to a loopback address refused (use --allow-private to follow it)";
        }

        return IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var ip) && IsPrivate(ip)
            ? "link to a private address refused (use --allow-private to follow it)"
            : null;
    }

    /// <summary>Loopback, private (RFC 1918, unique local), link-local (cloud metadata lives there), carrier-grade NAT,
    /// unspecified, multicast or broadcast: any address that is not a public unicast one.</summary>
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] is 0 or 10 or 127 or >= 224
                || (b[0] == 100 && b[1] is >= 64 and <= 127)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] is >= 16 and <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                || (b[0] == 198 && b[1] is 18 or 19);
        }

        return address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any) || address.IsIPv6LinkLocal
            || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast;
    }

    /// <summary>The socket connection of the HTTP handler: resolves the host, refuses private addresses where they
    /// must be public, and connects to the first address that answers.</summary>
    public async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, string scheme, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(endPoint.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken);
        if (MustBePublic(scheme, endPoint.Host, endPoint.Port) && addresses.Any(IsPrivate))
        {
            throw new PrivateAddressException($"{endPoint.Host} resolves to a private address: refused (use --allow-private to follow it)");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>A connection refused because it would reach a private address.</summary>
internal sealed class PrivateAddressException(string message) : IOException(message);
