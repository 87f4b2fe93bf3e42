package io.rasmi.console.staff;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.rasmi.console.web.ConsoleRoles;
import io.rasmi.console.web.FormErrors;
import io.rasmi.console.web.Page;
import io.rasmi.console.web.Pages;
import io.rasmi.console.web.ServiceProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(StaffPage.class);

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
        FormErrors errors;
        try {
            StaffApi.Member added = staff.add(form.toRequest());
            return seeOther("/staff/" + added.id());
        } catch (ServiceProblemException problem) {
            errors = FormErrors.of(problem.problem(), MemberForm.FIELDS);
        } catch (RuntimeException unreachable) {
            errors = unavailable(unreachable);
        }
        return Response.status(422).entity(membersPage(form, errors)).build();
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
            try {
                staff.recordTraining(id, form.toRequest());
                return seeOther("/staff/" + id);
            } catch (ServiceProblemException problem) {
                errors = FormErrors.of(problem.problem(), TrainingForm.FIELDS);
            } catch (RuntimeException unreachable) {
                errors = unavailable(unreachable);
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
        FormErrors errors;
        try {
            staff.change(id, form.ifMatch(), new StaffApi.MemberChange(false));
            return seeOther("/staff/" + id);
        } catch (ServiceProblemException problem) {
            errors = FormErrors.of(problem.problem(), Set.of());
        } catch (RuntimeException unreachable) {
            errors = unavailable(unreachable);
        }
        return refused(id, MemberForms.refusedDeactivation(errors));
    }

    private TemplateInstance membersPage(MemberForm form, FormErrors errors) {
        FormErrors listErrors = FormErrors.NONE;
        List<StaffApi.Member> members = List.of();
        try {
            members = staff.members(null, MAX_PAGE).items();
        } catch (ServiceProblemException problem) {
            listErrors = FormErrors.of(problem.problem(), Set.of());
        } catch (RuntimeException unreachable) {
            listErrors = unavailable(unreachable);
        }
        return pages.show(Templates.members(pages.page(), members, listErrors, form, errors));
    }

    private Response refused(UUID id, MemberForms forms) {
        return Response.status(422).entity(pages.show(Templates.member(pages.page(), file(id), forms))).build();
    }

    /** The member and their trainings; another entity's member (or none) is 404 here as in the service. */
    private MemberFile file(UUID id) {
        StaffApi.Member member;
        try {
            member = staff.member(id);
        } catch (ServiceProblemException problem) {
            if (problem.status() == 404) {
                throw new NotFoundException();
            }
            throw problem;
        }
        List<StaffApi.Training> trainings;
        try {
            trainings = staff.trainings(id, MAX_PAGE).items();
        } catch (RuntimeException unreadable) {
            LOG.warnf("trainings of a member unreadable: %s", unreadable.getMessage());
            trainings = null;
        }
        return new MemberFile(member, trainings);
    }

    private UnitMessages messages() {
        return MessageBundles.get(UnitMessages.class, Localized.Literal.of(pages.language().code()));
    }

    private FormErrors unavailable(RuntimeException cause) {
        LOG.warnf("account-service unavailable: %s %s", cause.getClass().getSimpleName(), cause.getMessage());
        return FormErrors.general(pages.messages().service_unavailable());
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
