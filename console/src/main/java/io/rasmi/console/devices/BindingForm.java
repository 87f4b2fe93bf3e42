package io.rasmi.console.devices;

import java.util.List;
import java.util.Set;

import org.jboss.resteasy.reactive.RestForm;

/** Where an account's second factor is delivered (G6.b): the method and the government device, as chosen. */
public class BindingForm {

    public static final Set<String> FIELDS = Set.of("method", "deviceId");

    /** The methods; the same names as the events' {@code TwoFactorMethod}. */
    public static final List<String> METHODS = List.of("SMS", "AUTHENTICATOR_APP", "SECURITY_KEY");

    @RestForm
    public String method;

    @RestForm
    public String deviceId;

    public static BindingForm empty() {
        BindingForm form = new BindingForm();
        form.method = "SMS";
        return form;
    }

    public List<String> methods() {
        return METHODS;
    }

    DevicesApi.NewBinding toRequest() {
        return new DevicesApi.NewBinding(DeviceForm.blankToNull(method), DeviceForm.uuidOrNull(deviceId));
    }
}
