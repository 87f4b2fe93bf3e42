package io.rasmi.console.content;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the content, calendar and moderation screens, in Arabic ({@code messages/cmsg_ar.properties}, the
 * default) and English ({@code messages/cmsg_en.properties}): a bundle of their own beside the console's {@code msg},
 * read in templates as {@code {cmsg:key}}.
 */
@MessageBundle(value = "cmsg", locale = "ar")
public interface ContentMessages {


    @Message
    String nav_content();

    @Message
    String nav_moderation();

    @Message
    String unreadable_value();

    @Message
    String content_title();

    @Message
    String content_new();

    @Message
    String content_back();

    @Message
    String content_state();

    @Message
    String content_any_state();

    @Message
    String content_search();

    @Message
    String content_filter();

    @Message
    String content_item_title();

    @Message
    String content_author();

    @Message
    String content_planned();

    @Message
    String content_none();

    @Message
    String content_total(long total);

    @Message
    String content_approvals();

    @Message
    String content_approvals_count(int given, int required);

    @Message
    String state(String name);

    @Message
    String done(String what);

    @Message
    String editor_write();

    @Message
    String editor_edit();

    @Message
    String editor_back_to_draft();

    @Message
    String editor_title();

    @Message
    String editor_body();

    @Message
    String editor_body_hint();

    @Message
    String editor_language();

    @Message
    String editor_format();

    @Message
    String editor_planned();

    @Message
    String editor_planned_hint();

    @Message
    String editor_accounts();

    @Message
    String editor_no_accounts();

    @Message
    String editor_website();

    @Message
    String editor_links();

    @Message
    String editor_links_hint();

    @Message
    String editor_policy();

    @Message
    String editor_campaign();

    @Message
    String editor_paid();

    @Message
    String editor_save();

    @Message
    String editor_text();

    @Message
    String language(String code);

    @Message
    String format(String name);

    @Message
    String policy(String name);

    @Message
    String findings_title();

    @Message
    String findings_idle();

    @Message
    String findings_clean();

    @Message
    String findings_summary(int blockers, int warnings);

    @Message
    String findings_in_text();

    @Message
    String findings_clause(String clause);

    @Message
    String findings_suggestions();

    @Message
    String findings_matching();

    @Message
    String findings_unavailable(String why);

    @Message
    String severity(String name);

    @Message
    String submit_title();

    @Message
    String submit_hint();

    @Message
    String submit_button();

    @Message
    String decision_title();

    @Message
    String decision_confirm();

    @Message
    String decision_fact_checked();

    @Message
    String decision_neutral();

    @Message
    String decision_note();

    @Message
    String decision_approve();

    @Message
    String decision_request_changes();

    @Message
    String decision(String name);

    @Message
    String approvals_title();

    @Message
    String publication_title();

    @Message
    String publication_account();

    @Message
    String publication_url();

    @Message
    String publication_at();

    @Message
    String publication_button();

    @Message
    String calendar_title();

    @Message
    String calendar_view();

    @Message
    String calendar_week();

    @Message
    String calendar_month();

    @Message
    String calendar_from();

    @Message
    String calendar_account();

    @Message
    String calendar_all_accounts();

    @Message
    String calendar_show();

    @Message
    String calendar_previous();

    @Message
    String calendar_next();

    @Message
    String calendar_gaps();

    @Message
    String calendar_gap(int planned, int expected, int missing);

    @Message
    String moderation_title();

    @Message
    String moderation_waiting();

    @Message
    String moderation_answered();

    @Message
    String moderation_all();

    @Message
    String moderation_open();

    @Message
    String moderation_none();

    @Message
    String moderation_total(long total);

    @Message
    String moderation_back();

    @Message
    String moderation_done(String what);

    @Message
    String comment_title();

    @Message
    String comment_post();

    @Message
    String comment_status(String name);

    @Message
    String reply_title();

    @Message
    String reply_search();

    @Message
    String reply_search_hint();

    @Message
    String reply_search_button();

    @Message
    String reply_choose();

    @Message
    String reply_none();

    @Message
    String reply_text();

    @Message
    String reply_text_hint();

    @Message
    String reply_send();

    @Message
    String other_actions();

    @Message
    String action_note();

    @Message
    String action(String name);

    @Message
    String stats_title();

    @Message
    String stats_window(String from, String to);

    @Message
    String stats_account();

    @Message
    String stats_comments();

    @Message
    String stats_answered();

    @Message
    String stats_within();

    @Message
    String stats_late();

    @Message
    String stats_p50();

    @Message
    String stats_p90();

    @Message
    String stats_share();

    @Message
    String stats_none();

    @Message
    String nav_corrections();

    @Message
    String corrections_title();

    @Message
    String corrections_new();

    @Message
    String corrections_intro();

    @Message
    String corrections_back();

    @Message
    String corrections_none();

    @Message
    String corrections_open();

    @Message
    String correction_error_type();

    @Message
    String correction_detected();

    @Message
    String correction_description();

    @Message
    String correction_procedure();

    @Message
    String correction_editable_until();

    @Message
    String correction_time();

    @Message
    String correction_steps();

    @Message
    String correction_step_done();

    @Message
    String correction_state(String name);

    @Message
    String error_type(String name);

    @Message
    String procedure(String name);

    @Message
    String calendar_empty();

    @Message
    String calendar_download();

    @Message
    String calendar_download_hint();
}
