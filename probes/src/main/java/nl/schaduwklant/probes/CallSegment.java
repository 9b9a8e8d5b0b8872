package nl.schaduwklant.probes;

/**
 * A stretch of a call's audio and what it sounded like.
 *
 * @param kind {@code silence}, {@code tone}, {@code music}, {@code recorded-speech} or
 * {@code live-speech}
 * @param from where it starts, in seconds from the start of the audio
 * @param to where it ends, in seconds
 */
public record CallSegment(String kind, double from, double to) {
}
