package io.rasmi.console.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string the console shows, in Arabic ({@code messages/msg_ar.properties}, the default) and English
 * ({@code messages/msg_en.properties}). Templates read them as {@code {msg:key}}; Java as
 * {@link Pages#messages()}. A new screen adds its keys here and to both files.
 */
@MessageBundle(value = "msg", locale = "ar")
public interface ConsoleMessages {

    // layout
    @Message
    String app_name();

    @Message
    String skip_to_content();

    @Message
    String nav_main();

    @Message
    String nav_home();

    @Message
    String nav_verify();

    @Message
    String nav_accounts();

    @Message
    String sign_in();

    @Message
    String sign_out();

    @Message
    String signed_in_as(String name);

    @Message
    String switch_language();

    @Message
    String footer();

    @Message
    String service_unavailable();

    @Message
    String errors_title();

    @Message
    String clause(String clause);

    // public lookup
    @Message
    String verify_title();

    @Message
    String verify_intro();

    @Message
    String verify_url();

    @Message
    String verify_url_hint();

    @Message
    String verify_or();

    @Message
    String verify_platform();

    @Message
    String verify_handle();

    @Message
    String verify_handle_hint();

    @Message
    String verify_submit();

    @Message
    String verify_official();

    @Message
    String verify_not_official();

    @Message
    String verify_not_official_detail();

    @Message
    String verify_compromised();

    @Message
    String verify_entity();

    @Message
    String verify_account();

    @Message
    String verify_badge();

    @Message
    String verify_resembles();

    @Message
    String verify_similarity(long percent);

    @Message
    String verify_too_many();

    @Message
    String platform(String name);

    // home
    @Message
    String home_title(String name);

    @Message
    String home_open();

    @Message
    String home_unavailable();

    @Message
    String home_nothing();

    @Message
    String home_approvals();

    @Message
    String home_comments();

    @Message
    String home_rotations();

    @Message
    String home_incidents();

    // accounts
    @Message
    String accounts_title();

    @Message
    String accounts_register();

    @Message
    String accounts_register_intro();

    @Message
    String accounts_register_submit();

    @Message
    String accounts_account();

    @Message
    String accounts_platform();

    @Message
    String accounts_status();

    @Message
    String accounts_score();

    @Message
    String accounts_failing();

    @Message
    String accounts_none();

    @Message
    String accounts_handle();

    @Message
    String accounts_display_name_ar();

    @Message
    String accounts_display_name_en();

    @Message
    String accounts_profile_url();

    @Message
    String accounts_email();

    @Message
    String accounts_objectives();

    @Message
    String accounts_back();

    @Message
    String accounts_created();

    @Message
    String accounts_rotation_due();

    @Message
    String accounts_rotation_none();

    @Message
    String accounts_two_factor();

    @Message
    String accounts_two_factor_none();

    @Message
    String accounts_on_government_device();

    @Message
    String accounts_not_on_government_device();

    @Message
    String accounts_decision();

    @Message
    String accounts_decision_number();

    @Message
    String accounts_decision_date();

    @Message
    String accounts_decision_date_hint();

    @Message
    String accounts_signatory();

    @Message
    String accounts_decision_submit();

    @Message
    String accounts_activation();

    @Message
    String accounts_activate();

    @Message
    String accounts_role_holders();

    @Message
    String accounts_role_holders_none();

    @Message
    String accounts_removed();

    @Message
    String accounts_posture();

    @Message
    String accounts_clause();

    @Message
    String accounts_control();

    @Message
    String accounts_control_status();

    @Message
    String accounts_remedy();

    @Message
    String accounts_reviews();

    @Message
    String accounts_reviews_none();

    @Message
    String status(String name);

    @Message
    String control_status(String name);

    // errors, role holders, rotations
    @Message
    String error_title();

    @Message
    String error_back();

    @Message
    String roleholder_title();

    @Message
    String roleholder_staff();

    @Message
    String roleholder_role();

    @Message
    String roleholder_submit();

    @Message
    String roleholder_no_staff();

    @Message
    String rotation_title();

    @Message
    String rotation_password();

    @Message
    String rotation_hint();

    @Message
    String rotation_submit();

    @Message
    String account_role(String name);
}
