package org.sayso.suggest;

/** A cue of saying the suggestions found: "said", "told reporters", "according to". */
public record FoundCue(int begin, int end) {
}
