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

    // operations: incidents, the national CERT desk, the KPI dashboard (io.rasmi.console.incidents, cert, kpi)
    @Message
    String nav_incidents();

    @Message
    String nav_cert();

    @Message
    String nav_kpi();

    @Message
    String inc_yes();

    @Message
    String inc_no();

    @Message
    String inc_list_title();

    @Message
    String inc_report();

    @Message
    String inc_report_intro();

    @Message
    String inc_report_submit();

    @Message
    String inc_targets_title();

    @Message
    String inc_target_triage();

    @Message
    String inc_target_containment();

    @Message
    String inc_target_applies();

    @Message
    String inc_minutes(int minutes);

    @Message
    String inc_target_default(int minutes);

    @Message
    String inc_state();

    @Message
    String inc_all_states();

    @Message
    String inc_filter();

    @Message
    String inc_total(long total);

    @Message
    String inc_summary();

    @Message
    String inc_type();

    @Message
    String inc_severity();

    @Message
    String inc_reported_at();

    @Message
    String inc_missed_targets();

    @Message
    String inc_none();

    @Message
    String inc_accounts();

    @Message
    String inc_accounts_none();

    @Message
    String inc_detected_at();

    @Message
    String inc_detected_at_hint();

    @Message
    String inc_detected_unreadable();

    @Message
    String inc_description();

    @Message
    String inc_personal_data();

    @Message
    String inc_tlp();

    @Message
    String inc_tlp_hint();

    @Message
    String inc_acknowledged();

    @Message
    String inc_not_yet();

    @Message
    String inc_move_title();

    @Message
    String inc_move_to();

    @Message
    String inc_move_note();

    @Message
    String inc_move_note_hint();

    @Message
    String inc_move_submit();

    @Message
    String inc_move_none();

    @Message
    String inc_changed_meanwhile();

    @Message
    String inc_timeline();

    @Message
    String inc_type_name(String name);

    @Message
    String inc_state_name(String name);

    @Message
    String inc_severity_name(String name);

    @Message
    String inc_target_name(String name);

    @Message
    String inc_kind(String name);

    @Message
    String cert_incidents_title();

    @Message
    String cert_entity();

    @Message
    String cert_exports();

    @Message
    String cert_download_stix();

    @Message
    String cert_download_misp();

    @Message
    String cert_acknowledge();

    @Message
    String cert_question_title();

    @Message
    String cert_question();

    @Message
    String cert_question_submit();

    @Message
    String cert_posture_title();

    @Message
    String cert_posture_intro();

    @Message
    String cert_accounts();

    @Message
    String cert_fully_compliant();

    @Message
    String cert_average_score();

    @Message
    String cert_failing_clauses();

    @Message
    String cert_posture_none();

    @Message
    String kpi_title();

    @Message
    String kpi_account();

    @Message
    String kpi_all_accounts();

    @Message
    String kpi_metric_column();

    @Message
    String kpi_metric(String name);

    @Message
    String kpi_from();

    @Message
    String kpi_to();

    @Message
    String kpi_granularity();

    @Message
    String kpi_granularity_name(String name);

    @Message
    String kpi_dimension_label();

    @Message
    String kpi_dimension(String name);

    @Message
    String kpi_audience(String name);

    @Message
    String kpi_show();

    @Message
    String kpi_no_figures();

    @Message
    String kpi_table_alternative();

    @Message
    String kpi_panel_title(int n);

    @Message
    String kpi_choose_account();

    @Message
    String kpi_day_unreadable();

    @Message
    String kpi_series_title(String metric);

    @Message
    String kpi_series_desc(int count, String first, String last);

    @Message
    String kpi_period_start();

    @Message
    String kpi_value();

    @Message
    String kpi_share();

    @Message
    String kpi_breakdown_title(String metric, String dimension);

    @Message
    String kpi_breakdown_desc(int count);

    @Message
    String kpi_attainment_title(String start, String end);

    @Message
    String kpi_attainment_desc(long met, int count);

    @Message
    String kpi_target();

    @Message
    String kpi_actual();

    @Message
    String kpi_attained();

    @Message
    String kpi_met();

    @Message
    String kpi_sentiment_title();

    @Message
    String kpi_sentiment_desc(long total, long positive, long neutral, long negative);

    @Message
    String kpi_positive();

    @Message
    String kpi_neutral();

    @Message
    String kpi_negative();

    @Message
    String kpi_total();

    @Message
    String kpi_reports_title();

    @Message
    String kpi_reports_intro();

    @Message
    String kpi_report_week(String period);

    @Message
    String kpi_report_month(String period);

    @Message
    String kpi_report_period();

    @Message
    String kpi_report_period_hint();

    @Message
    String kpi_report_format();

    @Message
    String kpi_report_download();
}
