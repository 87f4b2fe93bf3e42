package io.rasmi.console.staff;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of the unit, training and device screens, in Arabic ({@code messages/umsg_ar.properties}, the default)
 * and English ({@code messages/umsg_en.properties}): a bundle of their own beside the console's {@code msg}, read in
 * templates as {@code {umsg:key}}.
 */
@MessageBundle(value = "umsg", locale = "ar")
public interface UnitMessages {

    @Message
    String nav_staff();

    @Message
    String nav_devices();

    @Message
    String unit_role(String name);

    @Message
    String training_topic(String name);

    @Message
    String device_kind(String name);

    @Message
    String two_factor_method(String name);

    @Message
    String staff_title();

    @Message
    String staff_intro();

    @Message
    String staff_none();

    @Message
    String staff_name();

    @Message
    String staff_email();

    @Message
    String staff_email_hint();

    @Message
    String staff_unit_role();

    @Message
    String staff_state();

    @Message
    String staff_active();

    @Message
    String staff_left_on(String date);

    @Message
    String staff_add_title();

    @Message
    String staff_add_submit();

    @Message
    String staff_back();

    @Message
    String staff_joined();

    @Message
    String staff_trainings();

    @Message
    String staff_trainings_none();

    @Message
    String staff_trainings_unavailable();

    @Message
    String staff_topic();

    @Message
    String staff_completed();

    @Message
    String staff_evidence();

    @Message
    String staff_evidence_open();

    @Message
    String staff_recorded_by();

    @Message
    String staff_public_missing();

    @Message
    String staff_public_complete();

    @Message
    String staff_training_title();

    @Message
    String staff_training_submit();

    @Message
    String staff_day_hint();

    @Message
    String staff_day_unreadable();

    @Message
    String staff_evidence_hint();

    @Message
    String staff_deactivate_title();

    @Message
    String staff_deactivate_hint();

    @Message
    String staff_deactivate_submit();

    @Message
    String devices_title();

    @Message
    String devices_intro();

    @Message
    String devices_none();

    @Message
    String devices_kind();

    @Message
    String devices_asset_tag();

    @Message
    String devices_serial();

    @Message
    String devices_phone();

    @Message
    String devices_phone_hint();

    @Message
    String devices_custodian();

    @Message
    String devices_custodian_none();

    @Message
    String devices_fingerprint();

    @Message
    String devices_fingerprint_hint();

    @Message
    String devices_state();

    @Message
    String devices_in_service();

    @Message
    String devices_retired_on(String date);

    @Message
    String devices_registered();

    @Message
    String devices_register_title();

    @Message
    String devices_register_submit();

    @Message
    String devices_retire();

    @Message
    String devices_actions();

    @Message
    String twofactor_title();

    @Message
    String twofactor_intro();

    @Message
    String twofactor_method();

    @Message
    String twofactor_device();

    @Message
    String twofactor_submit();

    @Message
    String twofactor_no_devices();

    @Message
    String twofactor_change();

    @Message
    String twofactor_back();

    @Message
    String account_devices_title();

    @Message
    String account_devices_none();

    @Message
    String account_devices_unavailable();

    @Message
    String account_devices_manage();

    @Message
    String devices_bindings_title();

    @Message
    String devices_bind_account();
}
