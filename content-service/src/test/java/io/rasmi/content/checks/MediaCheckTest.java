package io.rasmi.content.checks;

import io.rasmi.content.items.ContentFormat;
import io.rasmi.content.items.MediaKind;
import io.rasmi.content.items.ContentDraft;

import static io.rasmi.content.items.MediaKind.AUDIO;
import static io.rasmi.content.items.MediaKind.IMAGE;
import static io.rasmi.content.items.MediaKind.VIDEO;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MediaCheckTest {

    private static List<ContentCheck> checks(DraftForChecks.Builder draft) {
        return Drafts.checks(MediaCheck.run(draft.build()));
    }

    @Test
    void shouldWarnAboutAVisualPostWithoutTheLogo() {
        assertThat(checks(Drafts.moh().format(ContentFormat.IMAGE)
                .media(List.of(Drafts.media(IMAGE, "مبنى المستشفى", false, null, false, false, true)))))
                .containsExactly(ContentCheck.NO_LOGO);
        assertThat(checks(Drafts.moh().format(ContentFormat.VIDEO))).containsExactly(ContentCheck.NO_LOGO);
        assertThat(checks(Drafts.moh().format(ContentFormat.IMAGE)
                .media(List.of(Drafts.media(IMAGE, "مبنى المستشفى", false, null, false, true, true))))).isEmpty();
        assertThat(checks(Drafts.moh().format(ContentFormat.TEXT))).isEmpty();
        assertThat(checks(Drafts.moh().format(ContentFormat.AUDIO)
                .media(List.of(Drafts.media(AUDIO, "رسالة صوتية", false, null, false, false, true))))).isEmpty();
    }

    @Test
    void shouldBlockPeopleShownWithoutConsent() {
        assertThat(checks(Drafts.moh().media(List.of(
                Drafts.media(IMAGE, "مراجعون في صالة الانتظار", true, List.of(), false, true, true)))))
                .containsExactly(ContentCheck.PEOPLE_WITHOUT_CONSENT);
        assertThat(checks(Drafts.moh().media(List.of(
                Drafts.media(IMAGE, "patients in the waiting room", true, List.of("CONSENT-2026-17"), false, true,
                        true))))).isEmpty();
    }

    @Test
    void shouldBlockAPhotoOfAnOfficialThatIsNotMarkedOfficial() {
        assertThat(checks(Drafts.moh().media(List.of(
                Drafts.media(VIDEO, "الوزير يفتتح مركزاً صحياً", true, List.of("CONSENT-1"), false, true, true)))))
                .containsExactly(ContentCheck.OFFICIAL_PHOTO_NOT_MARKED);
        assertThat(checks(Drafts.moh().media(List.of(
                Drafts.media(IMAGE, "The Minister opens a health centre", true, List.of(), true, true, true)))))
                .isEmpty();
        assertThat(checks(Drafts.moh().media(List.of(
                Drafts.media(IMAGE, "وزارة الصحة: فريق التلقيح", true, List.of("CONSENT-2"), false, true, true)))))
                .isEmpty();
    }

    @Test
    void shouldBlockMediaTheEntityDoesNotOwnUnlessASourceIsCited() {
        ContentDraft.Media borrowed = Drafts.media(IMAGE, "إنفوغراف", false, null, false, true, false);
        assertThat(checks(Drafts.moh().media(List.of(borrowed)))).containsExactly(ContentCheck.MEDIA_NOT_OWNED);
        assertThat(checks(Drafts.moh().media(List.of(borrowed))
                .sources(List.of(new ContentDraft.Source("منظمة الصحة العالمية", "https://www.who.int/ar")))))
                .isEmpty();
        assertThat(checks(Drafts.moh().sources(List.of(new ContentDraft.Source(" ", "https://www.who.int/ar")))))
                .containsExactly(ContentCheck.SOURCE_INCOMPLETE);
    }
}
