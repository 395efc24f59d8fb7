package org.lastrada.portal.benchmark;

import java.util.List;

/** Where the generated organisations work: European countries with a city and the languages spoken there. */
final class Countries {

    /** A country (ISO 3166 code and English name), a city, the dialling code and the languages (ISO 639-1). */
    record Country(String code, String name, String city, String dialCode, List<String> languages) {
    }

    static final List<Country> ALL = List.of(
            new Country("AL", "Albania", "Tirana", "355", List.of("sq")),
            new Country("AM", "Armenia", "Yerevan", "374", List.of("hy", "ru")),
            new Country("AT", "Austria", "Vienna", "43", List.of("de")),
            new Country("AZ", "Azerbaijan", "Baku", "994", List.of("az", "ru")),
            new Country("BA", "Bosnia and Herzegovina", "Sarajevo", "387", List.of("bs", "hr", "sr")),
            new Country("BE", "Belgium", "Brussels", "32", List.of("nl", "fr")),
            new Country("BG", "Bulgaria", "Sofia", "359", List.of("bg")),
            new Country("BY", "Belarus", "Minsk", "375", List.of("be", "ru")),
            new Country("CH", "Switzerland", "Bern", "41", List.of("de", "fr", "it")),
            new Country("CY", "Cyprus", "Nicosia", "357", List.of("el", "tr")),
            new Country("CZ", "Czech Republic", "Prague", "420", List.of("cs")),
            new Country("DE", "Germany", "Berlin", "49", List.of("de")),
            new Country("DK", "Denmark", "Copenhagen", "45", List.of("da")),
            new Country("EE", "Estonia", "Tallinn", "372", List.of("et", "ru")),
            new Country("ES", "Spain", "Madrid", "34", List.of("es", "ca")),
            new Country("FI", "Finland", "Helsinki", "358", List.of("fi", "sv")),
            new Country("FR", "France", "Paris", "33", List.of("fr")),
            new Country("GB", "United Kingdom", "London", "44", List.of()),
            new Country("GE", "Georgia", "Tbilisi", "995", List.of("ka")),
            new Country("GR", "Greece", "Athens", "30", List.of("el")),
            new Country("HR", "Croatia", "Zagreb", "385", List.of("hr")),
            new Country("HU", "Hungary", "Budapest", "36", List.of("hu")),
            new Country("IE", "Ireland", "Dublin", "353", List.of("ga")),
            new Country("IT", "Italy", "Rome", "39", List.of("it")),
            new Country("LT", "Lithuania", "Vilnius", "370", List.of("lt", "ru")),
            new Country("LU", "Luxembourg", "Luxembourg", "352", List.of("fr", "de", "lb")),
            new Country("LV", "Latvia", "Riga", "371", List.of("lv", "ru")),
            new Country("MD", "Moldova", "Chisinau", "373", List.of("ro", "ru")),
            new Country("ME", "Montenegro", "Podgorica", "382", List.of("sr")),
            new Country("MK", "North Macedonia", "Skopje", "389", List.of("mk", "sq")),
            new Country("MT", "Malta", "Valletta", "356", List.of("mt")),
            new Country("NL", "Netherlands", "Utrecht", "31", List.of("nl")),
            new Country("NO", "Norway", "Oslo", "47", List.of("no")),
            new Country("PL", "Poland", "Krakow", "48", List.of("pl")),
            new Country("PT", "Portugal", "Lisbon", "351", List.of("pt")),
            new Country("RO", "Romania", "Bucharest", "40", List.of("ro", "hu")),
            new Country("RS", "Serbia", "Belgrade", "381", List.of("sr")),
            new Country("SE", "Sweden", "Stockholm", "46", List.of("sv")),
            new Country("SI", "Slovenia", "Ljubljana", "386", List.of("sl")),
            new Country("SK", "Slovakia", "Bratislava", "421", List.of("sk", "hu")),
            new Country("TR", "Turkey", "Istanbul", "90", List.of("tr")),
            new Country("UA", "Ukraine", "Lviv", "380", List.of("uk", "ru")),
            // Second cities: some countries have more than one organisation.
            new Country("DE", "Germany", "Hamburg", "49", List.of("de")),
            new Country("FR", "France", "Lyon", "33", List.of("fr")),
            new Country("IT", "Italy", "Palermo", "39", List.of("it")),
            new Country("ES", "Spain", "Barcelona", "34", List.of("es", "ca")),
            new Country("GB", "United Kingdom", "Manchester", "44", List.of()),
            new Country("RO", "Romania", "Iasi", "40", List.of("ro")),
            new Country("GR", "Greece", "Thessaloniki", "30", List.of("el")),
            new Country("BE", "Belgium", "Antwerp", "32", List.of("nl")));

    private Countries() {
    }
}
