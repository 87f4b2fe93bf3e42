package io.rasmi.content.publishing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.rasmi.directory.KnownAccountView;
import io.rasmi.events.Platform;
import io.rasmi.platform.web.AccountAddress;
import io.rasmi.platform.web.ProfileUrls;

/**
 * Whether a link to a post is on an official account's own pages: the one rule for publications, corrections and
 * the comments of platform exports. The link must be https (no user info to hide the real host), on the account's
 * platform by any name it goes by ({@code x.com} or {@code twitter.com}), and, where its path names an account
 * ({@code x.com/MOH_Iraq/status/…}, {@code t.me/mohiraq/12}), this account: by its handle or by the account its
 * profile URL names (a Facebook page known by {@code profile.php?id=…}). A link that names no account (an Instagram
 * {@code /p/…}, a YouTube {@code /watch?v=…}, a Facebook {@code permalink.php}) is judged by its platform alone.
 */
public final class PostUrls {

    /** The platforms' short links to a post ({@code youtu.be/<video>}), which name no account. */
    private static final Map<String, Platform> SHORT_LINKS = Map.of("youtu.be", Platform.YOUTUBE,
            "fb.watch", Platform.FACEBOOK, "vm.tiktok.com", Platform.TIKTOK);

    private PostUrls() {
    }

    public static boolean isOnAccount(String url, KnownAccountView account) {
        if (url == null || !isHttps(url)) {
            return false;
        }
        if (SHORT_LINKS.get(URI.create(url).getHost().toLowerCase(Locale.ROOT)) == account.platform()) {
            return true;
        }
        if (!ProfileUrls.platformOf(url).equals(Optional.of(account.platform()))) {
            return false;
        }
        Optional<AccountAddress> named = ProfileUrls.parse(url);
        if (named.isEmpty()) {
            return true;
        }
        String handle = account.handle() == null ? "" : AccountAddress.keyOf(account.handle());
        if (!handle.isEmpty() && named.get().equals(AccountAddress.of(account.platform(), handle))) {
            return true;
        }
        return ProfileUrls.parse(account.profileUrl()).filter(named.get()::equals).isPresent();
    }

    private static boolean isHttps(String url) {
        try {
            URI uri = new URI(url);
            return "https".equals(uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null && !uri.getRawAuthority().contains("@");
        } catch (URISyntaxException unparsable) {
            return false;
        }
    }
}
