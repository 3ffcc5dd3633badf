package org.kepu.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;

/**
 * The key a client's address is rate-limited by. An IPv4 address counts alone; an IPv6 address
 * counts by its /64, because one subscriber usually gets a whole /64 and could otherwise use a
 * fresh address for every request. The address is the connection's, or the one the trusted proxies
 * report (see {@code server.tomcat.remoteip.internal-proxies}): never a header the client chose.
 */
public final class ClientAddresses {

    private ClientAddresses() {}

    /** The rate-limit key of the request's client. */
    public static String keyOf(HttpServletRequest request) {
        return keyOf(request.getRemoteAddr());
    }

    /** The rate-limit key of {@code address}, an IP literal. */
    public static String keyOf(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address == null ? "" : address;
        }
        try {
            // a literal with ':' is parsed as IPv6, without any name lookup
            InetAddress parsed = InetAddress.getByName(address);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress(); // ::ffff:a.b.c.d, an IPv4 client
            }
            byte[] bytes = parsed.getAddress();
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(HexFormat.of().toHexDigits(bytes[i]))
                        .append(HexFormat.of().toHexDigits(bytes[i + 1]))
                        .append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
