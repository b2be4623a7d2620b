package org.sayso.core.tests.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sayso.core.edit.AnnotationEdits;
import org.sayso.core.project.SpeakerRegistry;
import org.sayso.model.AnnotationSet;
import org.sayso.model.Project;
import org.sayso.model.SaysoFactory;
import org.sayso.model.SpeakerEntity;
import org.sayso.model.SpeakerKind;

/** The project's speaker registry: how names match, what linking a set does, and what is never registered. */
class SpeakerRegistryTest {

	private static final SaysoFactory F = SaysoFactory.eINSTANCE;

	private final Project project = project();
	private final SpeakerRegistry registry = new SpeakerRegistry(project);

	private static Project project() {
		var project = F.createProject();
		project.setName("desk");
		project.setSettings(F.createProjectSettings());
		return project;
	}

	private static AnnotationSet set(String text) {
		var document = F.createDocument();
		document.setId("a");
		document.setText(text);
		var set = F.createAnnotationSet();
		set.setDocument(document);
		set.setAnnotator("ana");
		return set;
	}

	private static SpeakerEntity speaker(AnnotationSet set, String phrase) {
		return speaker(set, phrase, 0);
	}

	/** The speaker mention of {@code phrase} found from {@code from}, with an entity of its own. */
	private static SpeakerEntity speaker(AnnotationSet set, String phrase, int from) {
		var text = set.getDocument().getText();
		int at = text.indexOf(phrase, from);
		assertTrue(at >= 0, phrase);
		var mention = AnnotationEdits.tagSpeaker(set, at, at + phrase.length(), "ana");
		return mention.getEntity().getMentions().size() > 1 ? AnnotationEdits.splitMention(set, mention)
				: mention.getEntity();
	}

	@Test
	void namesMatchWholeWithoutCaseAccentsPunctuationOrATitle() {
		var kirby = registry.register("John Kirby", SpeakerKind.PERSON);
		registry.addAlias(kirby, "Kirby");
		var rene = registry.register("René Côté", SpeakerKind.PERSON);

		assertEquals("john-kirby", kirby.getId());
		assertSame(kirby, registry.find("Mr. Kirby").orElseThrow());
		assertSame(kirby, registry.find("JOHN  KIRBY").orElseThrow());
		assertSame(rene, registry.find("Rene Cote").orElseThrow());
		assertTrue(registry.find("Linda Kirby").isEmpty(), "two people who share a surname are not joined");
		assertTrue(registry.find("he").isEmpty());
		assertEquals("john-kirby-2", registry.register("John Kirby", SpeakerKind.PERSON).getId(), "ids stay unique");
	}

	@Test
	void linkingGivesTheSetsEntitiesTheRegistryIdsAndJoinsTwoThatAreOneSpeaker() {
		var kirby = registry.register("John Kirby", SpeakerKind.PERSON);
		registry.addAlias(kirby, "Kirby");
		var set = set("Pentagon spokesman John Kirby said the talks went well. Later Kirby said more.");
		var full = speaker(set, "John Kirby");
		var last = speaker(set, "Kirby", set.getDocument().getText().indexOf("Later"));
		assertTrue(full != last, "the editor made two entities");

		var result = registry.link(set, false);

		assertEquals(2, result.linked());
		assertEquals(1, set.getEntities().size(), "one speaker, one entity");
		var entity = set.getEntities().get(0);
		assertEquals("john-kirby", entity.getId());
		assertEquals("John Kirby", entity.getName());
		assertEquals(2, entity.getMentions().size());
	}

	@Test
	void registeringTakesPeopleAndOrganizationsButNeverARoleOrAPronoun() {
		var set = set("Maria Lopez said the port would reopen. The spokesman said it too. She added more.");
		speaker(set, "Maria Lopez");
		var role = speaker(set, "The spokesman");
		role.getMentions().get(0).setKind(SpeakerKind.ROLE);
		speaker(set, "She");

		var result = registry.link(set, true);

		assertEquals(1, result.registered());
		assertEquals(List.of("maria-lopez"), registry.speakers().stream().map(s -> s.getId()).toList());
		assertTrue(set.getEntities().stream().anyMatch(e -> e.getId().equals("maria-lopez")));
	}

	@Test
	void aLocalEntityThatHappensToHaveARegistryIdIsJoinedNotDuplicated() {
		var lopez = registry.register("Maria Lopez", SpeakerKind.PERSON);
		var set = set("Maria Lopez spoke. Lopez spoke again.");
		var first = speaker(set, "Maria Lopez");
		first.setId(lopez.getId());
		var second = speaker(set, "Lopez", set.getDocument().getText().indexOf("Lopez spoke again"));
		registry.addAlias(lopez, "Lopez");

		registry.link(set, false);

		assertEquals(1, set.getEntities().size());
		assertEquals(2, set.getEntities().get(0).getMentions().size());
		assertTrue(second.eContainer() == null, "the second entity was joined into the first");
	}
}
