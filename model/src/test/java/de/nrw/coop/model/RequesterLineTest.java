package de.nrw.coop.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequesterLineTest {

    @Test
    void oneManIsDesAbgeordneten() {
        assertThat(RequesterLine.lines(List.of(new Requester("Sven Werner Tritschler", Gender.MALE, "AfD"))))
                .containsExactly("des Abgeordneten Sven Werner Tritschler AfD");
    }

    @Test
    void oneWomanIsDerAbgeordneten() {
        assertThat(RequesterLine.lines(List.of(new Requester("Berivan Aymaz", Gender.FEMALE, "BÜNDNIS 90/DIE GRÜNEN"))))
                .containsExactly("der Abgeordneten Berivan Aymaz BÜNDNIS 90/DIE GRÜNEN");
    }

    @Test
    void severalMembersAreListedWithUnd() {
        assertThat(RequesterLine.lines(List.of(
                new Requester("Anna A", Gender.FEMALE, "SPD"),
                new Requester("Bernd B", Gender.MALE, "SPD"),
                new Requester("Carla C", Gender.FEMALE, "SPD"))))
                .containsExactly("der Abgeordneten Anna A, Bernd B und Carla C SPD");
        assertThat(RequesterLine.lines(List.of(
                new Requester("Bernd B", Gender.MALE, "FDP"), new Requester("Dirk D", Gender.MALE, "FDP"))))
                .containsExactly("der Abgeordneten Bernd B und Dirk D FDP");
    }

    @Test
    void severalGroupsGetOneBlockEachInOrderOfFirstAppearance() {
        assertThat(RequesterLine.lines(List.of(
                new Requester("Anna A", Gender.FEMALE, "CDU"),
                new Requester("Bernd B", Gender.MALE, "FDP"),
                new Requester("Carla C", Gender.FEMALE, "CDU"))))
                .containsExactly("der Abgeordneten Anna A und Carla C CDU", "des Abgeordneten Bernd B FDP");
    }

    @Test
    void aFraktionAsksAsTheFraktionOfItsParty() {
        assertThat(RequesterLine.lines(List.of(Requester.fraktion("SPD")))).containsExactly("der Fraktion der SPD");
        assertThat(RequesterLine.lines(List.of(Requester.fraktion("BÜNDNIS 90/DIE GRÜNEN"))))
                .containsExactly("der Fraktion BÜNDNIS 90/DIE GRÜNEN");
    }

    @Test
    void twoFraktionenShareOneLine() {
        assertThat(RequesterLine.lines(List.of(Requester.fraktion("CDU"), Requester.fraktion("FDP"))))
                .containsExactly("der Fraktion der CDU und der Fraktion der FDP");
    }

    @Test
    void aMemberNeedsNameAndGender() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Requester("Anna A", null, "SPD"))
                .isInstanceOf(ModelException.class).hasMessageContaining("a member needs name and gender");
    }
}
