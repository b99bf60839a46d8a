package vn.lgtq.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lgtq.household.Gender;
import vn.lgtq.household.HouseholdDtos;
import vn.lgtq.household.Relation;
import vn.lgtq.reintegration.ReintegrationDtos;

/** The JSON writer leaves out personal fields for whoever may not see them, whatever a service put in them. */
@QuarkusTest
class PersonalDataWriterTest {
    @Inject
    ObjectMapper mapper;

    @Test
    void withoutACallerWhoseRolesAllowItNothingPersonalIsWritten() throws Exception {
        String person = mapper.writeValueAsString(new HouseholdDtos.PersonDto(7, "Lò Văn Ẩn", null, 1980,
                Gender.MALE, Relation.HEAD, "014080001234"));
        assertFalse(person.contains("014080001234") || person.contains("Lò Văn Ẩn") || person.contains("1980"), person);
        assertTrue(person.contains("\"citizenId\":null") && person.contains("\"relation\":\"HEAD\""), person);

        String contact = mapper.writeValueAsString(new ReintegrationDtos.Contact(3, null, null, null,
                "Đã tái nghiện", "nhom-1", null));
        assertFalse(contact.contains("notes") || contact.contains("Đã tái nghiện"), contact);
    }
}
