package io.rasmi.platform.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.rasmi.events.Platform;

/**
 * Reads the address of an account out of a link to its page, however it was copied: with or without scheme,
 * {@code www.}, {@code m.}, {@code mobile.}, {@code web.}, in any case, with a trailing slash, a query or a fragment,
 * and by every name a platform goes by ({@code twitter.com} and {@code x.com}, {@code fb.com} and
 * {@code facebook.com}, {@code t.me} and {@code telegram.me}). Links to a post, a video, a group or a search
 * are not an account and give nothing.
 *
 * <table>
 *   <caption>Which part of the path is the handle</caption>
 *   <tr><th>platform</th><th>account links</th></tr>
 *   <tr><td>Facebook</td><td>{@code /handle}, {@code /pg/handle}, {@code /profile.php?id=NNN} (the id),
 *       {@code /people/Name/NNN}, {@code /pages/Name/NNN}, {@code /p/Name-NNN} (the id)</td></tr>
 *   <tr><td>X</td><td>{@code /handle}</td></tr>
 *   <tr><td>Instagram</td><td>{@code /handle}, {@code /stories/handle}</td></tr>
 *   <tr><td>YouTube</td><td>{@code /@handle}, {@code /c/name}, {@code /user/name}, {@code /channel/UC...}, {@code /name}</td></tr>
 *   <tr><td>TikTok, Threads</td><td>{@code /@handle}</td></tr>
 *   <tr><td>Telegram</td><td>{@code /handle}, {@code /s/handle}</td></tr>
 *   <tr><td>LinkedIn</td><td>{@code /company/handle}, {@code /school/handle}, {@code /showcase/handle}, {@code /in/handle}</td></tr>
 *   <tr><td>Snapchat</td><td>{@code /add/handle}, {@code /@handle}</td></tr>
 *   <tr><td>WhatsApp channel</td><td>{@code /channel/ID}</td></tr>
 * </table>
 */
public final class ProfileUrls {

    private static final Map<String, Platform> HOSTS = Map.ofEntries(
            Map.entry("facebook.com", Platform.FACEBOOK), Map.entry("fb.com", Platform.FACEBOOK),
            Map.entry("fb.me", Platform.FACEBOOK),
            Map.entry("twitter.com", Platform.X), Map.entry("x.com", Platform.X),
            Map.entry("instagram.com", Platform.INSTAGRAM), Map.entry("instagr.am", Platform.INSTAGRAM),
            Map.entry("youtube.com", Platform.YOUTUBE),
            Map.entry("tiktok.com", Platform.TIKTOK),
            Map.entry("t.me", Platform.TELEGRAM), Map.entry("telegram.me", Platform.TELEGRAM),
            Map.entry("telegram.dog", Platform.TELEGRAM),
            Map.entry("linkedin.com", Platform.LINKEDIN),
            Map.entry("threads.net", Platform.THREADS), Map.entry("threads.com", Platform.THREADS),
            Map.entry("snapchat.com", Platform.SNAPCHAT),
            Map.entry("whatsapp.com", Platform.WHATSAPP_CHANNEL));

    /** Host prefixes of the mobile and web variants of a site, taken off before the host is looked up. */
    private static final List<String> HOST_PREFIXES = List.of("www.", "m.", "mobile.", "web.", "mbasic.", "touch.");

    /** First path segments that are a page of the platform itself, not an account. */
    private static final Map<Platform, Set<String>> NOT_ACCOUNTS = Map.of(
            Platform.FACEBOOK, Set.of("groups", "events", "watch", "share", "sharer", "sharer.php", "story.php",
                    "permalink.php", "photo.php", "photo", "photos", "video.php", "reel", "login", "login.php",
                    "home.php", "hashtag", "marketplace", "gaming", "help", "policies", "privacy", "settings",
                    "search", "dialog", "plugins", "l.php"),
            Platform.X, Set.of("i", "intent", "home", "search", "hashtag", "explore", "settings", "share", "login",
                    "messages", "notifications", "compose", "tos", "privacy"),
            Platform.INSTAGRAM, Set.of("p", "reel", "reels", "explore", "accounts", "tv", "direct", "about"),
            Platform.YOUTUBE, Set.of("watch", "shorts", "playlist", "results", "feed", "embed", "live", "redirect",
                    "account", "premium"),
            Platform.TELEGRAM, Set.of("joinchat", "c", "addstickers", "share", "proxy", "iv"));

    private ProfileUrls() {
    }

    /**
     * The platform whose site {@code url} is on, by every name it goes by, whatever the path: also for links to a
     * post that do not name the account (an Instagram {@code /p/…}, a YouTube {@code /watch?v=…}).
     */
    public static Optional<Platform> platformOf(String url) {
        if (url == null || url.isBlank() || url.length() > 2048) {
            return Optional.empty();
        }
        String text = url.strip();
        int schemeEnd = text.indexOf("://");
        String rest = schemeEnd < 0 ? text.replaceFirst("^//", "") : text.substring(schemeEnd + 3);
        int end = rest.length();
        for (char stop : new char[] { '/', '?', '#' }) {
            int at = rest.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return platformOfHost(host(rest.substring(0, end)));
    }

    /** The account {@code url} links to, if it links to an account on a platform Rasmi knows. */
    public static Optional<AccountAddress> parse(String url) {
        if (url == null || url.isBlank() || url.length() > 2048) {
            return Optional.empty();
        }
        String text = url.strip();
        int schemeEnd = text.indexOf("://");
        if (schemeEnd < 0) {
            text = text.startsWith("//") ? "https:" + text : "https://" + text;
            schemeEnd = text.indexOf("://");
        }
        String scheme = text.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.empty();
        }
        String rest = text.substring(schemeEnd + 3);
        int fragment = rest.indexOf('#');
        if (fragment >= 0) {
            rest = rest.substring(0, fragment);
        }
        String query = "";
        int queryStart = rest.indexOf('?');
        if (queryStart >= 0) {
            query = rest.substring(queryStart + 1);
            rest = rest.substring(0, queryStart);
        }
        int pathStart = rest.indexOf('/');
        String authority = pathStart < 0 ? rest : rest.substring(0, pathStart);
        String path = pathStart < 0 ? "" : rest.substring(pathStart);

        Optional<Platform> platform = platformOfHost(host(authority));
        if (platform.isEmpty()) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                String decoded = percentDecoded(segment).strip();
                if (!decoded.isEmpty()) {
                    segments.add(decoded);
                }
            }
        }
        return handleOf(platform.get(), segments, query)
                .filter(handle -> !AccountAddress.keyOf(handle).isEmpty())
                .map(handle -> AccountAddress.of(platform.get(), handle));
    }

    /** The host, lower case, without user info, port, trailing dot, or a mobile or web prefix. */
    private static String host(String authority) {
        String host = authority;
        int at = host.lastIndexOf('@');
        if (at >= 0) {
            host = host.substring(at + 1);
        }
        int colon = host.lastIndexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        host = host.toLowerCase(Locale.ROOT);
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String prefix : HOST_PREFIXES) {
                if (host.startsWith(prefix) && host.indexOf('.', prefix.length()) > 0) {
                    host = host.substring(prefix.length());
                    stripped = true;
                }
            }
        }
        return host;
    }

    private static Optional<Platform> platformOfHost(String host) {
        Platform platform = HOSTS.get(host);
        if (platform == null && host.endsWith(".linkedin.com")) {
            platform = Platform.LINKEDIN; // country sites such as iq.linkedin.com
        }
        return Optional.ofNullable(platform);
    }

    private static Optional<String> handleOf(Platform platform, List<String> segments, String query) {
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        String first = segments.get(0);
        String lowerFirst = first.toLowerCase(Locale.ROOT);
        if (NOT_ACCOUNTS.getOrDefault(platform, Set.of()).contains(lowerFirst)) {
            return Optional.empty();
        }
        return switch (platform) {
            case FACEBOOK -> facebook(segments, lowerFirst, query);
            case X -> Optional.of(first);
            case INSTAGRAM -> lowerFirst.equals("stories") ? second(segments) : Optional.of(first);
            case YOUTUBE -> switch (lowerFirst) {
                case "channel", "c", "user" -> second(segments);
                default -> Optional.of(first);
            };
            case TIKTOK, THREADS -> first.startsWith("@") ? Optional.of(first) : Optional.empty();
            case TELEGRAM -> lowerFirst.equals("s") ? second(segments)
                    : first.startsWith("+") ? Optional.empty() : Optional.of(first);
            case LINKEDIN -> Set.of("company", "school", "showcase", "in").contains(lowerFirst) ? second(segments)
                    : Optional.empty();
            case SNAPCHAT -> lowerFirst.equals("add") ? second(segments)
                    : first.startsWith("@") ? Optional.of(first) : Optional.empty();
            case WHATSAPP_CHANNEL -> lowerFirst.equals("channel") ? second(segments) : Optional.empty();
        };
    }

    private static Optional<String> facebook(List<String> segments, String first, String query) {
        switch (first) {
            case "profile.php":
                return queryParameter(query, "id").filter(ProfileUrls::isDigits);
            case "people":
                return segments.size() >= 3 && isDigits(segments.get(2)) ? Optional.of(segments.get(2))
                        : Optional.empty();
            case "pages":
                return segments.stream().skip(1).filter(ProfileUrls::isDigits).reduce((a, b) -> b);
            case "pg":
                return second(segments);
            case "p":
                // /p/Ministry-of-Health-100064123456789/: the page id ends the name
                if (segments.size() < 2) {
                    return Optional.empty();
                }
                String named = segments.get(1);
                String id = named.substring(named.lastIndexOf('-') + 1);
                return isDigits(id) ? Optional.of(id) : Optional.empty();
            default:
                return Optional.of(segments.get(0));
        }
    }

    private static Optional<String> second(List<String> segments) {
        return segments.size() >= 2 ? Optional.of(segments.get(1)) : Optional.empty();
    }

    private static Optional<String> queryParameter(String query, String name) {
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return Optional.of(percentDecoded(pair.substring(equals + 1)).strip());
            }
        }
        return Optional.empty();
    }

    private static boolean isDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** {@code %D9%88} as the UTF-8 text it stands for; a stray {@code %} is kept as it is. */
    static String percentDecoded(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int low = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
            if (c == '%' && high >= 0 && low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(encoded);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
