package org.lastrada.portal.benchmark;

import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.lastrada.portal.benchmark.Countries.Country;
import org.lastrada.portal.shared.posts.PostType;

/**
 * Deterministic text in the network's own vocabulary (labour exploitation, helplines, shelters, referral,
 * asylum ...), so that full-text search over the generated posts finds meaningful, unevenly spread matches.
 * Every method draws only from the random source it is given.
 */
final class Prose {

    private static final List<String> TOPICS = List.of(
            "labour exploitation in agriculture", "forced criminality", "sexual exploitation online", "domestic servitude",
            "forced begging", "exploitation in the construction sector", "child trafficking",
            "identification of victims at the border", "compensation for victims", "the non-punishment principle",
            "the EU Anti-Trafficking Directive", "asylum seekers at risk of exploitation", "refugees fleeing the war in Ukraine",
            "the rights of seasonal workers", "labour inspections", "due diligence in supply chains",
            "the national referral mechanism", "shelter capacity", "residence permits for victims",
            "fake job offers and online recruitment", "forced marriage", "exploitation in platform work",
            "migrant care workers", "undocumented migrants", "exploitation in the meat processing industry",
            "trafficking in the hospitality sector", "debt bondage", "the rights of sex workers");
    private static final List<String> ACTORS = List.of(
            "Our helpline", "The shelter team", "Frontline workers", "Labour inspectors", "The national rapporteur",
            "Social workers", "Case managers", "Lawyers of our legal aid service", "Outreach teams", "Survivors",
            "Cultural mediators", "Specialised police officers", "Trade unions", "Employers' organisations",
            "The ministry of social affairs", "Local authorities", "Asylum caseworkers", "Peer supporters",
            "Volunteers", "Researchers", "Prosecutors", "Health workers");
    private static final List<String> VERBS = List.of(
            "reported on", "identified", "supported", "referred", "assisted", "trained colleagues to recognise",
            "documented the cases of", "called for better protection of", "interviewed", "accompanied",
            "raised concerns about the treatment of", "provided safe accommodation to", "offered legal aid to",
            "monitored the situation of", "helped", "followed up on");
    private static final List<String> GROUPS = List.of(
            "victims of labour exploitation", "trafficked persons", "presumed victims", "migrant workers", "asylum seekers",
            "women and girls at risk", "unaccompanied children", "seasonal workers", "domestic workers",
            "people without residence papers", "survivors of sexual exploitation", "men exploited in construction",
            "young people leaving care", "Roma communities", "workers recruited through agencies",
            "refugees from Ukraine", "sex workers");
    private static final List<String> QUALIFIERS = List.of(
            "through the national referral mechanism", "in close cooperation with labour inspectors",
            "with safe accommodation in the shelter", "despite limited funding", "during the harvest season",
            "after a call to the helpline", "at the border crossing", "in the first months of the year",
            "with interpretation in their own language", "before their residence permit expired",
            "with psychological support and legal aid", "together with partners across the network",
            "in rural areas where services are scarce", "while their asylum claim was pending",
            "after a labour inspection on a construction site", "with the help of trade union contacts");
    private static final List<String> FINDINGS = List.of(
            "Most of the people we met had been recruited through fake job offers on social media.",
            "Many victims did not see themselves as victims and first asked for help with unpaid wages.",
            "Waiting times for a place in a specialised shelter remain far too long.",
            "Without a residence permit, many survivors cannot access long-term assistance.",
            "Identification still depends too much on cooperation with criminal proceedings.",
            "Compensation is rarely granted, and even more rarely paid.",
            "Labour inspectors lack the mandate to check the situation of undocumented workers.",
            "Children and young people are increasingly recruited online for forced criminality.",
            "Debt bondage was reported in almost every case of labour exploitation.",
            "Helpline calls peak after public awareness campaigns and in the summer months.",
            "Access to interpretation decides whether victims can tell their story at all.",
            "Survivors want to be involved in the design of the services meant for them.");
    private static final List<String> RECOMMENDATIONS = List.of(
            "Guarantee unconditional assistance to every presumed victim.",
            "Ensure effective access to compensation, including from state funds.",
            "Apply the non-punishment principle consistently.",
            "Strengthen labour inspections in high-risk sectors and separate them from immigration control.",
            "Fund long-term shelter places, including for men and for families.",
            "Grant residence permits that do not depend on cooperation with the police.",
            "Train frontline professionals in the early identification of victims.",
            "Involve survivors in policy making and in the evaluation of services.",
            "Keep the helpline free of charge, anonymous and available in several languages.",
            "Make the national referral mechanism work for third-country nationals and asylum seekers.",
            "Hold companies accountable for exploitation in their supply chains.",
            "Collect data disaggregated by sex, age, form of exploitation and nationality.");
    private static final List<String> QUOTES = List.of(
            "Nobody told me that I had rights here.",
            "The helpline was the first place where someone listened to me.",
            "We see the same recruitment patterns every season, and still the same workers fall through the cracks.",
            "Protection must not depend on whether a victim can help convict the trafficker.",
            "A safe place to sleep is where recovery starts.",
            "Labour exploitation is not a private dispute between employer and worker.");
    private static final List<String> ROLES = List.of(
            "a survivor supported by our shelter", "a helpline counsellor", "our legal adviser", "a labour inspector",
            "a cultural mediator", "our director", "a social worker in the outreach team");
    private static final List<String> HEADINGS = List.of(
            "Background", "What we found", "What we did", "Our recommendations", "How to get help", "Next steps",
            "Figures", "Voices from the field", "Cooperation in the network", "Context");
    private static final List<String> EVENT_KINDS = List.of(
            "Training", "Round table", "Webinar", "Conference", "Workshop", "Public debate", "Expert meeting");
    private static final List<String> PUBLICATION_KINDS = List.of(
            "Report", "Policy brief", "Annual report", "Handbook", "Research paper", "Toolkit", "Shadow report");
    private static final List<String> STATEMENT_OPENINGS = List.of(
            "Statement on", "Joint statement on", "Open letter on", "Our position on", "Call for action on");
    private static final List<String> NEWS_PATTERNS = List.of(
            "Helpline sees more calls about %s in %s", "New shelter places for victims of %s in %s",
            "Frontline workers in %s trained on %s", "Court ruling on %s in %s", "Survivors speak out about %s in %s",
            "Outreach to people affected by %s in %s", "Labour inspectors and NGOs team up against %s in %s",
            "Campaign on %s launched in %s");
    private static final List<String> TAGS = List.of(
            "labour-exploitation", "helpline", "shelter", "victims-rights", "referral", "asylum", "migrant-workers",
            "child-trafficking", "sexual-exploitation", "forced-criminality", "compensation", "non-punishment",
            "eu-directive", "training", "research", "advocacy", "prevention", "supply-chains", "domestic-work",
            "agriculture", "construction", "online-recruitment", "ukraine", "undocumented-migrants", "gender",
            "data-collection", "survivors", "legal-aid", "identification", "residence-permits");
    private static final List<String> FIRST_NAMES = List.of(
            "Anna", "Maria", "Olena", "Ivan", "Petra", "Jana", "Tomasz", "Elena", "Nadia", "Mihai", "Sofia", "Lucas",
            "Ines", "Marek", "Zeynep", "Ana", "Nikola", "Eva", "Irina", "Jonas", "Lea", "Marta", "Dimitra", "Katarzyna",
            "Fatima", "Yusuf", "Alina", "Oksana", "Giulia", "Pieter", "Sanne", "Aisha", "Bogdan", "Vesna", "Elif");
    private static final List<String> LAST_NAMES = List.of(
            "Novak", "Kowalska", "Shevchenko", "Popescu", "Horvat", "Dimitrova", "Jansen", "Rossi", "Garcia", "Nowak",
            "Kovacs", "Petrov", "Ivanova", "de Vries", "Yilmaz", "Silva", "Bauer", "Moreau", "Papadopoulou", "Berisha",
            "Melnyk", "Svoboda", "Lindqvist", "Murphy", "Vasile", "Hoxha", "Kaya", "Bondarenko", "Ionescu", "Nielsen");
    private static final List<String> COMMENTS = List.of(
            "Please add the source of the figures in the second paragraph.",
            "The title promises more than the text says; please make it more precise.",
            "Please remove the full name of the person quoted, for their safety.",
            "The event needs an address or a link for online participation.",
            "This duplicates a post published last week; please update that one instead.",
            "Please check the helpline number and the opening hours.",
            "The summary is missing; it is shown in the news list and in feeds.");

    private Prose() {
    }

    static String personName(SplittableRandom random) {
        return pick(FIRST_NAMES, random) + " " + pick(LAST_NAMES, random);
    }

    static String moderatorComment(SplittableRandom random) {
        return pick(COMMENTS, random);
    }

    /** One to four tags, as the sorted set the tag column stores. */
    static TreeSet<String> tags(SplittableRandom random) {
        TreeSet<String> tags = new TreeSet<>();
        int count = 1 + random.nextInt(4);
        while (tags.size() < count) {
            tags.add(pick(TAGS, random));
        }
        return tags;
    }

    static String topic(SplittableRandom random) {
        return pick(TOPICS, random);
    }

    static String title(PostType type, Country country, String topic, SplittableRandom random) {
        String title = switch (type) {
            case NEWS -> String.format(pick(NEWS_PATTERNS, random), topic, random.nextBoolean() ? country.name() : country.city());
            case STATEMENT -> pick(STATEMENT_OPENINGS, random) + " " + topic;
            case EVENT -> pick(EVENT_KINDS, random) + ": " + capitalise(topic) + " (" + country.city() + ")";
            case PUBLICATION -> pick(PUBLICATION_KINDS, random) + ": " + capitalise(topic) + " in " + country.name();
        };
        return capitalise(title);
    }

    static String summary(String topic, Country country, SplittableRandom random) {
        return sentence(random) + " This concerns " + topic + " in " + country.name() + ".";
    }

    /**
     * A Markdown body of at least {@code length} characters, and at most one paragraph more: headed sections of
     * paragraphs, lists, quotes, figures and the helpline number.
     */
    static String markdownBody(PostType type, String topic, Country country, int length, SplittableRandom random) {
        StringBuilder body = new StringBuilder(length + 2_000);
        body.append(opening(type, topic, country, random)).append("\n\n");
        while (body.length() < length) {
            body.append("## ").append(pick(HEADINGS, random)).append("\n\n");
            int paragraphs = 1 + random.nextInt(3);
            for (int i = 0; i < paragraphs && (i == 0 || body.length() < length); i++) {
                body.append(paragraph(country, random)).append("\n\n");
            }
            if (body.length() >= length) {
                break;
            }
            switch (random.nextInt(4)) {
                case 0 -> {
                    for (int i = 0, items = 2 + random.nextInt(4); i < items; i++) {
                        body.append("- ").append(pick(RECOMMENDATIONS, random)).append('\n');
                    }
                    body.append('\n');
                }
                case 1 -> body.append("> ").append(pick(QUOTES, random)).append("\n>\n> — ").append(pick(ROLES, random))
                        .append("\n\n");
                case 2 -> body.append("In ").append(2017 + random.nextInt(9)).append(", the helpline received **")
                        .append(200 + random.nextInt(4_800)).append(" calls**, ").append(20 + random.nextInt(400))
                        .append(" of them about ").append(pick(TOPICS, random)).append(".\n\n");
                default -> body.append("Anyone who needs help can call the helpline on +").append(country.dialCode())
                        .append(" 800 ").append(100 + random.nextInt(900)).append(" ").append(100 + random.nextInt(900))
                        .append(", free of charge and anonymously, or read [how referral works](https://example.org/referral).\n\n");
            }
        }
        return body.toString();
    }

    /** A profile's long description: who the organisation is and what it does. */
    static String organisationDescription(String name, Country country, SplittableRandom random) {
        StringBuilder text = new StringBuilder("**").append(name).append("** works against trafficking in human beings in ")
                .append(country.name()).append(", from ").append(country.city()).append(".\n\n");
        for (int i = 0, paragraphs = 2 + random.nextInt(4); i < paragraphs; i++) {
            text.append(paragraph(country, random)).append("\n\n");
        }
        return text.append("Generated benchmark data: contact details are placeholders.").toString();
    }

    private static String opening(PostType type, String topic, Country country, SplittableRandom random) {
        return switch (type) {
            case NEWS -> "This month our team worked on " + topic + " in " + country.name() + ". " + sentence(random);
            case STATEMENT -> "We are deeply concerned about " + topic + ". " + pick(FINDINGS, random) + " " + sentence(random);
            case EVENT -> "We invite professionals and everyone interested to join us in " + country.city() + " to discuss "
                    + topic + ". " + sentence(random);
            case PUBLICATION -> "This publication presents what we learned about " + topic + " in " + country.name()
                    + ". " + pick(FINDINGS, random);
        };
    }

    private static String paragraph(Country country, SplittableRandom random) {
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0, sentences = 3 + random.nextInt(5); i < sentences; i++) {
            if (i > 0) {
                paragraph.append(' ');
            }
            paragraph.append(random.nextInt(5) == 0 ? pick(FINDINGS, random) : sentence(random));
        }
        if (random.nextInt(3) == 0) {
            paragraph.append(" In ").append(country.name()).append(", ").append(pick(TOPICS, random))
                    .append(" remains one of our main concerns.");
        }
        return paragraph.toString();
    }

    private static String sentence(SplittableRandom random) {
        return pick(ACTORS, random) + " " + pick(VERBS, random) + " " + (1 + random.nextInt(60)) + " "
                + pick(GROUPS, random) + " " + pick(QUALIFIERS, random) + ".";
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static <T> T pick(List<T> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }
}
