package io.rasmi.console.staff;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.rasmi.console.services.ListQuery;
import io.rasmi.console.web.ConsoleRoles;
import io.rasmi.console.web.FormErrors;
import io.rasmi.console.web.Page;
import io.rasmi.console.web.Pages;
import io.rasmi.console.web.ServiceCalls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The social media unit (G4.3.k) and its members' training (G7.6): the members, a member's page with the courses
 * they completed and the G7.6 courses they lack. The head of unit adds a member, records a training and marks a
 * member as having left; the IT officer and management see the same lists (account-service lets them read, not
 * change). Thin, like the accounts screens: one call to account-service per action, as the user.
 */
@Path("/staff")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ ConsoleRoles.ENTITY_ADMIN, ConsoleRoles.IT_SECURITY, ConsoleRoles.MANAGEMENT })
public class StaffPage {

    private static final String SERVICE = "account-service";

    /** The unit is small (G4.3.k); one page of the service's largest size holds it. */
    private static final int MAX_PAGE = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance members(Page page, List<StaffApi.Member> members, FormErrors listErrors,
                MemberForm form, FormErrors errors);

        static native TemplateInstance member(Page page, MemberFile file, MemberForms forms);
    }

    @Inject
    Pages pages;

    @Inject
    ServiceCalls calls;

    @RestClient
    StaffApi staff;

    @GET
    public TemplateInstance members() {
        return membersPage(MemberForm.empty(), FormErrors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(ConsoleRoles.ENTITY_ADMIN)
    public Object add(@BeanParam MemberForm form) {
        ServiceCalls.Answer<StaffApi.Member> added = calls.read(SERVICE, () -> staff.add(form.toRequest()),
                MemberForm.FIELDS);
        if (added.ok()) {
            return seeOther("/staff/" + added.value().id());
        }
        return Response.status(422).entity(membersPage(form, added.errors())).build();
    }

    @GET
    @Path("/{id}")
    public TemplateInstance member(@PathParam("id") UUID id) {
        return pages.show(Templates.member(pages.page(), file(id), MemberForms.none()));
    }

    @POST
    @Path("/{id}/trainings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(ConsoleRoles.ENTITY_ADMIN)
    public Object recordTraining(@PathParam("id") UUID id, @BeanParam TrainingForm form) {
        FormErrors errors;
        if (form.dayUnreadable()) {
            errors = new FormErrors(Map.of("completedAt", messages().staff_day_unreadable()), List.of(), List.of());
        } else {
            errors = calls.act(SERVICE, () -> staff.recordTraining(id, form.toRequest()), TrainingForm.FIELDS);
            if (!errors.any()) {
                return seeOther("/staff/" + id);
            }
        }
        return refused(id, MemberForms.refusedTraining(form, errors));
    }

    /**
     * The member left the unit: account-service refuses while they still hold a role on an account (G4.3.e), and
     * when the member changed since the page was shown (412); the page says which.
     */
    @POST
    @Path("/{id}/deactivation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(ConsoleRoles.ENTITY_ADMIN)
    public Object deactivate(@PathParam("id") UUID id, @BeanParam DeactivationForm form) {
        FormErrors errors = calls.act(SERVICE,
                () -> staff.change(id, form.ifMatch(), new StaffApi.MemberChange(false)), Set.of());
        if (!errors.any()) {
            return seeOther("/staff/" + id);
        }
        return refused(id, MemberForms.refusedDeactivation(errors));
    }

    private TemplateInstance membersPage(MemberForm form, FormErrors errors) {
        ServiceCalls.Answer<List<StaffApi.Member>> members = calls.read(SERVICE,
                () -> staff.members(ListQuery.first(MAX_PAGE)).items());
        return pages.show(Templates.members(pages.page(), members.valueOr(List.of()), members.errors(), form,
                errors));
    }

    private Response refused(UUID id, MemberForms forms) {
        return Response.status(422).entity(pages.show(Templates.member(pages.page(), file(id), forms))).build();
    }

    /**
     * The member and their trainings, asked together; another entity's member (or none) is 404 here as in the
     * service. Trainings that cannot be read are null: the page says so in their place.
     */
    private MemberFile file(UUID id) {
        Supplier<List<StaffApi.Training>> trainings = calls.start(
                () -> staff.trainings(id, ListQuery.first(MAX_PAGE)).items());
        StaffApi.Member member = calls.record(SERVICE, () -> staff.member(id));
        return new MemberFile(member, calls.optional("trainings of a member", trainings, null));
    }

    private UnitMessages messages() {
        return MessageBundles.get(UnitMessages.class, Localized.Literal.of(pages.language().code()));
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
