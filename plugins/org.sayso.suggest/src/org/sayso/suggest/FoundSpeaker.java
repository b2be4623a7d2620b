package org.sayso.suggest;

import org.sayso.model.SpeakerKind;

/**
 * A speaker mention the suggestions found. Mentions of one person or organisation share {@code entityId}; a pronoun
 * carries the entity it was resolved to, and {@code entityName} is the fullest name read in the article.
 */
public record FoundSpeaker(int begin, int end, SpeakerKind kind, String entityId, String entityName) {
}
