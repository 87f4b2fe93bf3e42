package io.rasmi.platform.web;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

import com.google.common.net.InternetDomainName;

/**
 * The one way Rasmi compares hosts and domains: an entity's e-mail domains (G6.c), the page of its website that
 * links an account (G3.2), and whether two entities' domains overlap. Names are compared in one form: lower-case
 * ASCII (an internationalised name becomes its {@code xn--} form), without the trailing dot of a fully qualified
 * name. A subdomain is a whole label further down: {@code news.moh.gov.iq} is within {@code moh.gov.iq},
 * {@code fakemoh.gov.iq} is not. Public suffixes come from Guava's copy of the Public Suffix List.
 */
public final class DomainNames {

    /** The domain under which every Iraqi government body has its names: an address there is no private one. */
    public static final String GOVERNMENT_DOMAIN = "gov.iq";

    private DomainNames() {
    }

    /**
     * The name in its canonical form, or empty when it is not a valid domain name (an IP address, a name with
     * empty or over-long labels, characters that no host may carry).
     */
    public static Optional<String> normalise(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String host = name.strip();
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty()) {
            return Optional.empty();
        }
        try {
            host = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notADomain) {
            return Optional.empty();
        }
        // Guava also refuses a last label that starts with a digit, which keeps IPv4 literals out.
        return InternetDomainName.isValid(host) ? Optional.of(host) : Optional.empty();
    }

    /** Whether {@code host} is {@code domain} itself or a subdomain of it; false if either is not a domain name. */
    public static boolean isWithin(String host, String domain) {
        Optional<String> h = normalise(host);
        Optional<String> d = normalise(domain);
        return h.isPresent() && d.isPresent() && within(h.get(), d.get());
    }

    /** Whether {@code host} is within any of {@code domains}. */
    public static boolean isWithinAny(String host, Collection<String> domains) {
        Optional<String> h = normalise(host);
        return h.isPresent() && domains.stream().map(DomainNames::normalise).flatMap(Optional::stream)
                .anyMatch(d -> within(h.get(), d));
    }

    /** Whether two domains are the same, or one lies inside the other: then they cannot belong to two owners. */
    public static boolean overlap(String first, String second) {
        Optional<String> a = normalise(first);
        Optional<String> b = normalise(second);
        return a.isPresent() && b.isPresent() && (within(a.get(), b.get()) || within(b.get(), a.get()));
    }

    /**
     * Whether the name is a suffix under which anyone may register ({@code iq}, {@code gov.iq}, {@code com},
     * {@code github.io}): no single owner holds it, so it can never be one entity's domain. Both the ICANN
     * section of the list (registry suffixes) and its private section count.
     */
    public static boolean isPublicSuffix(String name) {
        return normalise(name).map(InternetDomainName::from)
                .map(domain -> domain.isPublicSuffix() || domain.isRegistrySuffix())
                .orElse(false);
    }

    /** The domain of an e-mail address ({@code z.hussein@MOH.gov.iq} gives {@code moh.gov.iq}), canonical. */
    public static Optional<String> ofEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return Optional.empty();
        }
        return normalise(email.substring(at + 1));
    }

    /** Whether an e-mail address is on one of {@code domains} or a subdomain of one (G6.c). */
    public static boolean isEmailWithin(String email, Collection<String> domains) {
        return ofEmail(email).map(domain -> isWithinAny(domain, domains)).orElse(false);
    }

    /**
     * Whether an e-mail address is an official one: on one of the entity's {@code domains} or under
     * {@link #GOVERNMENT_DOMAIN}. Anything else in published text is a private address (G6.i).
     */
    public static boolean isOfficialEmail(String email, Collection<String> domains) {
        return ofEmail(email).map(domain -> within(domain, GOVERNMENT_DOMAIN) || isWithinAny(domain, domains))
                .orElse(false);
    }

    /**
     * The host of an absolute URL, canonical; empty when the URL has none or cannot be parsed. An internationalised
     * host (which {@link URI} does not parse as a host) is taken from the authority.
     */
    public static Optional<String> hostOf(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getHost() != null) {
                return normalise(uri.getHost());
            }
            String authority = uri.getAuthority();
            if (authority == null || authority.startsWith("[")) {
                return Optional.empty();
            }
            String host = authority.substring(authority.lastIndexOf('@') + 1);
            host = host.replaceFirst(":\\d*$", "");
            return normalise(host);
        } catch (URISyntaxException unparsable) {
            return Optional.empty();
        }
    }

    /** The site a website URL names: its host, without a leading {@code www.}, which names the same site. */
    public static Optional<String> siteOf(String websiteUrl) {
        return hostOf(websiteUrl).map(host -> host.startsWith("www.") && !isPublicSuffix(host.substring(4))
                ? host.substring(4) : host);
    }

    /**
     * Whether {@code url} is a page of the site {@code websiteUrl} names: its host is that site or a subdomain of
     * it ({@code https://www.moh.gov.iq/accounts} and {@code https://news.moh.gov.iq/} are on the site of
     * {@code https://moh.gov.iq}). G3.2 asks this of the page that links an official account.
     */
    public static boolean isOnSite(String url, String websiteUrl) {
        Optional<String> site = siteOf(websiteUrl);
        return site.isPresent() && hostOf(url).map(host -> within(host, site.get())).orElse(false);
    }

    private static boolean within(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }
}
