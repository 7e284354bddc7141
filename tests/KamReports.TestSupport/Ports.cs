using System.Net;
using System.Net.Sockets;

namespace KamReports.TestSupport;

/// <summary>Free local TCP ports for servers the tests start (preview, PostgreSQL).</summary>
public static class Ports
{
    public static int Free()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }
}
