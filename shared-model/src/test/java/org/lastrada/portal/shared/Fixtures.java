package org.lastrada.portal.shared;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.Role;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationKind;
import org.lastrada.portal.shared.organisations.OrganisationProfile;
import org.lastrada.portal.shared.organisations.ServiceArea;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.util.ReflectionTestUtils;

/** Test data and sign-in helpers shared by the domain tests. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private Fixtures() {
    }

    /** A slug no other test uses, so tests can share one database (H2 or MariaDB). */
    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static OrganisationProfile profile(String name) {
        OrganisationProfile profile = new OrganisationProfile(name, "Amsterdam");
        profile.setShortDescription("Works against trafficking in human beings.");
        profile.setServices(Set.of(ServiceArea.HELPLINE, ServiceArea.LEGAL_AID));
        profile.setLanguages(Set.of("en", "nl"));
        profile.setPublicEmail("info@example.org");
        return profile;
    }

    /** An organisation that is not saved but has an id, for unit tests of domain rules. */
    public static MemberOrganisation organisation(long id, OrganisationKind kind) {
        MemberOrganisation organisation = new MemberOrganisation("organisation-" + id, kind, "NL", profile("Organisation " + id), NOW);
        ReflectionTestUtils.setField(organisation, "id", id);
        return organisation;
    }

    /** A new member organisation in Poland, saved, for a test that needs one of its own. */
    public static MemberOrganisation newMember(MemberOrganisationRepository organisations) {
        return organisations.save(new MemberOrganisation(uniqueSlug("la-strada-test"), OrganisationKind.MEMBER, "PL",
                profile("La Strada Test"), NOW));
    }

    public static PostContent content(String title) {
        PostContent content = new PostContent(PostType.NEWS, title, "en");
        content.setSummary("A summary.");
        content.setBody("Some *Markdown* text.");
        content.setTags(Set.of("prevention"));
        return content;
    }

    public static Actor actor(Role role, Long organisationId) {
        return new Actor(null, role.name().toLowerCase() + "-" + organisationId, role.name() + " " + organisationId, role, organisationId);
    }

    /** Signs the actor in for the current thread, as the web layer does after login. */
    public static Actor signIn(Actor actor) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(actor, null,
                List.of(new SimpleGrantedAuthority(actor.role().authority()))));
        return actor;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
