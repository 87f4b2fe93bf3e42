package io.rasmi.content.checks;

import io.rasmi.content.items.ContentDraft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkCheckTest {

    private static final List<String> ALLOWED = List.of("who.int");

    private static List<Finding> rules(DraftForChecks draft) {
        return LinkCheck.rules(draft, ALLOWED, new ArrayList<>());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            http://moh.gov.iq/news/1                      | https
            HTTP://moh.gov.iq/                            | https
            ftp://moh.gov.iq/file                         | https
            https://moh.gov.iq@evil.example/login         | user name
            https://moh.gov.iq:pass@evil.example/         | user name
            https://moh.gov.iq.evil.example/              | looks like
            https://rnoh.gov.iq/                          | looks like
            https://m0h.gov.iq/                           | looks like
            https://mоh.gov.iq/                           | looks like
            https://evil.example/moh.gov.iq               | not on the entity
            https://192.168.1.10/                         | address instead
            https://moh.gov.iq:8080/                      | port
            https://evil.example\\@moh.gov.iq/            | not a usable
            """)
    void shouldRefuseLinksThatAreNotHttpsOrNotOfficial(String url, String says) {
        List<Finding> found = rules(Drafts.moh().links(List.of(url)).build());
        assertThat(found).filteredOn(f -> f.checkId() == ContentCheck.LINK_NOT_OFFICIAL).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
                    assertThat(f.clause()).isEqualTo("G7.3.e");
                    assertThat(f.field()).isEqualTo("links[0]");
                    assertThat(f.messageEn()).contains(says);
                    assertThat(f.messageAr()).isNotBlank();
                });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "https://moh.gov.iq/news/1", "https://www.moh.gov.iq/", "https://MOH.GOV.IQ/a?b=c#d",
            "https://news.moh.gov.iq/", "https://cabinet.gov.iq/", "https://www.who.int/ar/news",
            "www.moh.gov.iq/news", "https://moh.gov.iq:443/" })
    void shouldAcceptHttpsLinksOnTheEntitysDomainsGovIqAndAllowedHosts(String url) {
        List<Finding> found = rules(Drafts.moh().links(List.of(url)).build());
        assertThat(Drafts.checks(found)).doesNotContain(ContentCheck.LINK_NOT_OFFICIAL);
    }

    @Test
    void shouldFindALinkWrittenInTheArabicTextWithItsPosition() {
        String body = "للتفاصيل زوروا http://moh.gov.iq/news/5، شكراً";
        List<Finding> found = rules(Drafts.moh().body(body).build());
        Finding link = found.stream().filter(f -> f.checkId() == ContentCheck.LINK_NOT_OFFICIAL).findFirst()
                .orElseThrow();
        assertThat(link.field()).isEqualTo("body");
        assertThat(body.substring(link.start(), link.end())).isEqualTo("http://moh.gov.iq/news/5");
        assertThat(link.excerpt()).isEqualTo("http://moh.gov.iq/news/5");
    }

    @Test
    void shouldWarnWhenNoLinkGoesBackToTheEntitysWebsite() {
        List<Finding> without = rules(Drafts.moh().websiteLink(null).links(List.of("https://www.who.int/")).build());
        assertThat(without).filteredOn(f -> f.checkId() == ContentCheck.NO_WEBSITE_LINK).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.clause()).isEqualTo("G3.4");
                });
        List<Finding> withLinkInText = rules(Drafts.moh().websiteLink(null)
                .body("التفاصيل على https://www.moh.gov.iq/news/9").build());
        assertThat(Drafts.checks(withLinkInText)).doesNotContain(ContentCheck.NO_WEBSITE_LINK);
    }

    @Test
    void shouldAskOnlyHttpsOfACitedSourceOfAnotherBody() {
        List<Finding> found = rules(Drafts.moh().sources(List.of(
                new ContentDraft.Source("Reuters", "https://www.reuters.com/world/"),
                new ContentDraft.Source("وكالة", "http://news.example/"))).build());
        assertThat(found).filteredOn(f -> f.checkId() == ContentCheck.LINK_NOT_OFFICIAL)
                .extracting(Finding::field).containsExactly("sources[1].url");
    }

    @Test
    void shouldFetchOnlyLinksOnTheAllowList() {
        List<LinkCheck.Link> probe = new ArrayList<>();
        LinkCheck.rules(Drafts.moh().links(List.of("https://news.moh.gov.iq/a", "https://intranet.example/admin",
                "http://moh.gov.iq/b")).sources(List.of(new ContentDraft.Source("Reuters",
                        "https://internal.example/"))).build(), ALLOWED, probe);
        assertThat(probe).extracting(LinkCheck.Link::url).containsExactly("https://news.moh.gov.iq/a", Drafts.WEBSITE);
    }
}
