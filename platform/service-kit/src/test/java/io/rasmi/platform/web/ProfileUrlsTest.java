package io.rasmi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.rasmi.events.Platform;

/** Plain unit test: no application, no database. */
class ProfileUrlsTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            https://www.facebook.com/MOHIraq                                   | FACEBOOK         | mohiraq
            http://facebook.com/MOHIraq/                                       | FACEBOOK         | mohiraq
            HTTPS://WWW.FACEBOOK.COM/MOHIraq?ref=bookmarks#top                 | FACEBOOK         | mohiraq
            facebook.com/MOHIraq                                               | FACEBOOK         | mohiraq
            www.facebook.com/MOHIraq                                           | FACEBOOK         | mohiraq
            //facebook.com/MOHIraq                                             | FACEBOOK         | mohiraq
            https://m.facebook.com/MOHIraq                                     | FACEBOOK         | mohiraq
            https://mobile.facebook.com/MOHIraq                                | FACEBOOK         | mohiraq
            https://web.facebook.com/MOHIraq/posts/123456                      | FACEBOOK         | mohiraq
            https://fb.com/MOHIraq                                             | FACEBOOK         | mohiraq
            https://www.facebook.com./MOHIraq                                  | FACEBOOK         | mohiraq
            https://www.facebook.com:443/MOHIraq                               | FACEBOOK         | mohiraq
            https://www.facebook.com/profile.php?id=100064512345678            | FACEBOOK         | 100064512345678
            https://m.facebook.com/profile.php?ref=x&id=100064512345678&_rdr   | FACEBOOK         | 100064512345678
            https://www.facebook.com/people/Ministry-of-Health/100064512345678/ | FACEBOOK        | 100064512345678
            https://www.facebook.com/pages/Ministry-of-Health/100064512345678  | FACEBOOK         | 100064512345678
            https://www.facebook.com/p/Ministry-of-Health-100064512345678/     | FACEBOOK         | 100064512345678
            https://www.facebook.com/pg/MOHIraq/about/                         | FACEBOOK         | mohiraq
            https://www.facebook.com/%D9%88%D8%B2%D8%A7%D8%B1%D8%A9.%D8%A7%D9%84%D8%B5%D8%AD%D8%A9 | FACEBOOK | وزارة.الصحة
            https://www.facebook.com/وزارة.الصحة                               | FACEBOOK         | وزارة.الصحة
            https://twitter.com/MOH_Iraq                                       | X                | moh_iraq
            https://x.com/MOH_Iraq                                             | X                | moh_iraq
            https://mobile.twitter.com/@MOH_Iraq                               | X                | moh_iraq
            https://x.com/MOH_Iraq/status/1790000000000000000                  | X                | moh_iraq
            x.com/moh_iraq?s=21&t=abc                                          | X                | moh_iraq
            https://www.instagram.com/moh.iraq/                                | INSTAGRAM        | moh.iraq
            https://instagram.com/moh.iraq?igsh=abc                            | INSTAGRAM        | moh.iraq
            https://www.instagram.com/stories/moh.iraq/3300000000/             | INSTAGRAM        | moh.iraq
            https://www.youtube.com/@MOHIraq                                   | YOUTUBE          | mohiraq
            https://m.youtube.com/@MOHIraq/videos                              | YOUTUBE          | mohiraq
            https://www.youtube.com/c/MOHIraq                                  | YOUTUBE          | mohiraq
            https://www.youtube.com/user/MOHIraq                               | YOUTUBE          | mohiraq
            https://www.youtube.com/channel/UCabcDEF123                        | YOUTUBE          | ucabcdef123
            https://www.tiktok.com/@moh.iraq                                   | TIKTOK           | moh.iraq
            https://www.tiktok.com/@moh.iraq/video/7300000000000000000         | TIKTOK           | moh.iraq
            https://t.me/moh_iraq                                              | TELEGRAM         | moh_iraq
            https://t.me/s/moh_iraq                                            | TELEGRAM         | moh_iraq
            https://telegram.me/MOH_Iraq/1234                                  | TELEGRAM         | moh_iraq
            https://www.linkedin.com/company/ministry-of-health-iraq/          | LINKEDIN         | ministry-of-health-iraq
            https://iq.linkedin.com/company/ministry-of-health-iraq            | LINKEDIN         | ministry-of-health-iraq
            https://www.linkedin.com/school/university-of-baghdad/             | LINKEDIN         | university-of-baghdad
            https://www.threads.net/@moh.iraq                                  | THREADS          | moh.iraq
            https://www.snapchat.com/add/mohiraq                               | SNAPCHAT         | mohiraq
            https://whatsapp.com/channel/0029VaMohIraq                         | WHATSAPP_CHANNEL | 0029vamohiraq
            """)
    void shouldReadTheAccountOutOfALink(String url, Platform platform, String handleKey) {
        assertThat(ProfileUrls.parse(url)).contains(new AccountAddress(platform, handleKey));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "",
            "   ",
            "https://moh.gov.iq/",
            "https://moh-iraq.com/MOHIraq",
            "ftp://facebook.com/MOHIraq",
            "javascript:alert(1)",
            "https://www.facebook.com/",
            "https://www.facebook.com/groups/123456",
            "https://www.facebook.com/watch/?v=123",
            "https://www.facebook.com/share/p/abc/",
            "https://www.facebook.com/profile.php",
            "https://www.facebook.com/profile.php?id=abc",
            "https://x.com/i/status/1790000000000000000",
            "https://x.com/intent/tweet?text=hi",
            "https://twitter.com/search?q=moh",
            "https://www.instagram.com/p/C1abcdef/",
            "https://www.instagram.com/reel/C1abcdef/",
            "https://www.youtube.com/watch?v=abc",
            "https://youtu.be/abc",
            "https://www.tiktok.com/moh.iraq",
            "https://t.me/joinchat/AAAA",
            "https://t.me/+AbCdEf",
            "https://www.linkedin.com/feed/",
            "https://whatsapp.com/dl/",
            "https://www.facebook.com/@"})
    void shouldFindNoAccountInALinkToSomethingElse(String url) {
        assertThat(ProfileUrls.parse(url)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            MOHIraq     | mohiraq
            @MOHIraq    | mohiraq
            '  @@moh '  | moh
            وزارة.الصحة | وزارة.الصحة
            """)
    void shouldCompareHandlesWithoutCaseOrAt(String handle, String key) {
        assertThat(AccountAddress.keyOf(handle)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://www.instagram.com/p/C1abcdef/                  | INSTAGRAM
            https://m.youtube.com/watch?v=abc                      | YOUTUBE
            https://www.facebook.com/permalink.php?story_fbid=1&id=2 | FACEBOOK
            twitter.com/MOH_Iraq/status/1                          | X
            https://user@x.com:443/MOH_Iraq                        | X
            """)
    void shouldTellThePlatformOfALinkToAPostThatNamesNoAccount(String url, Platform platform) {
        assertThat(ProfileUrls.platformOf(url)).contains(platform);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "https://x.com.evil.example/MOH_Iraq", "https://example.org/x.com/MOH_Iraq",
            "https://instagram.com.attacker.net/p/abc" })
    void shouldNotTakeALookAlikeHostForAPlatform(String url) {
        assertThat(ProfileUrls.platformOf(url)).isEmpty();
    }
}
