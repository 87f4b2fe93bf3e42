package io.rasmi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DomainNamesTest {

    @ParameterizedTest
    @CsvSource({
            "MOH.Gov.IQ, moh.gov.iq",
            "moh.gov.iq., moh.gov.iq",
            "'  moh.gov.iq ', moh.gov.iq",
            "وزارة.عراق, xn--mgbexc3i.xn--mgbtx2b",
            "bücher.example, xn--bcher-kva.example"
    })
    void shouldNormaliseCaseTrailingDotAndInternationalNames(String name, String canonical) {
        assertThat(DomainNames.normalise(name)).contains(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", ".", "10.0.0.1", "moh..gov.iq", "moh_gov.iq", "-moh.gov.iq", "moh gov.iq" })
    void shouldRefuseWhatIsNotADomainName(String name) {
        assertThat(DomainNames.normalise(name)).isEmpty();
        assertThat(DomainNames.isWithin(name, "gov.iq")).isFalse();
    }

    @Test
    void shouldMatchADomainAndItsSubdomainsOnLabelBoundariesOnly() {
        assertThat(DomainNames.isWithin("moh.gov.iq", "moh.gov.iq")).isTrue();
        assertThat(DomainNames.isWithin("news.MOH.gov.iq.", "moh.gov.iq")).isTrue();
        assertThat(DomainNames.isWithin("fakemoh.gov.iq", "moh.gov.iq")).isFalse();
        assertThat(DomainNames.isWithin("moh.gov.iq.evil.com", "moh.gov.iq")).isFalse();
        assertThat(DomainNames.isWithin("gov.iq", "moh.gov.iq")).isFalse();
        assertThat(DomainNames.isWithinAny("mail.mohesr.gov.iq", List.of("moh.gov.iq", "mohesr.gov.iq"))).isTrue();
        assertThat(DomainNames.isWithinAny("mohesr.gov.iq", List.of("moh.gov.iq"))).isFalse();
    }

    @Test
    void shouldSeeOverlapInEitherDirection() {
        assertThat(DomainNames.overlap("moh.gov.iq", "MOH.gov.iq.")).isTrue();
        assertThat(DomainNames.overlap("news.moh.gov.iq", "moh.gov.iq")).isTrue();
        assertThat(DomainNames.overlap("moh.gov.iq", "news.moh.gov.iq")).isTrue();
        assertThat(DomainNames.overlap("moh.gov.iq", "mohesr.gov.iq")).isFalse();
        assertThat(DomainNames.overlap("moh.gov.iq", "fakemoh.gov.iq")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "iq", "gov.iq", "GOV.IQ.", "com.iq", "com", "co.uk", "github.io", "عراق" })
    void shouldKnowPublicSuffixesFromThePublicSuffixList(String suffix) {
        assertThat(DomainNames.isPublicSuffix(suffix)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "moh.gov.iq", "news.moh.gov.iq", "example.com", "rasmi.github.io", "not a domain" })
    void shouldNotTakeOwnableDomainsForPublicSuffixes(String name) {
        assertThat(DomainNames.isPublicSuffix(name)).isFalse();
    }

    @Test
    void shouldFindTheDomainOfAnEmailAddress() {
        assertThat(DomainNames.ofEmail("Z.Hussein@MOH.gov.iq")).contains("moh.gov.iq");
        assertThat(DomainNames.ofEmail("no-at-sign")).isEmpty();
        assertThat(DomainNames.ofEmail("@moh.gov.iq")).isEmpty();
        assertThat(DomainNames.isEmailWithin("z@news.moh.gov.iq", List.of("moh.gov.iq"))).isTrue();
        assertThat(DomainNames.isEmailWithin("z@fakemoh.gov.iq", List.of("moh.gov.iq"))).isFalse();
        assertThat(DomainNames.isEmailWithin("z@gmail.com", List.of("moh.gov.iq"))).isFalse();
        // The last @ decides: what comes before it is the local part, whatever it looks like.
        assertThat(DomainNames.isEmailWithin("\"moh.gov.iq@\"@gmail.com", List.of("moh.gov.iq"))).isFalse();
    }

    @Test
    void shouldFindTheHostOfAUrl() {
        assertThat(DomainNames.hostOf("https://WWW.Moh.Gov.Iq./about")).contains("www.moh.gov.iq");
        assertThat(DomainNames.hostOf("https://user@moh.gov.iq:8443/x")).contains("moh.gov.iq");
        assertThat(DomainNames.hostOf("https://وزارة.عراق/عن")).contains("xn--mgbexc3i.xn--mgbtx2b");
        assertThat(DomainNames.hostOf("https://10.0.0.1/")).isEmpty();
        assertThat(DomainNames.hostOf("not a url")).isEmpty();
        assertThat(DomainNames.hostOf("mailto:z@moh.gov.iq")).isEmpty();
    }

    @Test
    void shouldTellWhetherAPageIsOnTheEntitysWebsite() {
        assertThat(DomainNames.isOnSite("https://moh.gov.iq/accounts", "https://moh.gov.iq")).isTrue();
        assertThat(DomainNames.isOnSite("https://www.moh.gov.iq/accounts", "https://moh.gov.iq")).isTrue();
        assertThat(DomainNames.isOnSite("https://moh.gov.iq/accounts", "https://www.moh.gov.iq/")).isTrue();
        assertThat(DomainNames.isOnSite("https://news.moh.gov.iq/", "https://www.moh.gov.iq/")).isTrue();
        assertThat(DomainNames.isOnSite("https://fakemoh.gov.iq/", "https://moh.gov.iq")).isFalse();
        assertThat(DomainNames.isOnSite("https://moh.gov.iq.evil.com/", "https://moh.gov.iq")).isFalse();
        assertThat(DomainNames.isOnSite("https://mohesr.gov.iq/", "https://moh.gov.iq")).isFalse();
        assertThat(DomainNames.isOnSite("not a url", "https://moh.gov.iq")).isFalse();
    }
}
