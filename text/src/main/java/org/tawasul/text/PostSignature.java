package org.tawasul.text;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The stored form of a post for near-duplicate grouping: its MinHash values over word-shingles, a 64-bit
 * fingerprint of the numbers it quotes and a 64-bit set of the Moroccan cities it names. This is what the app
 * persists (for example as {@code bytea} in PostgreSQL) to rebuild a {@link NearDuplicateIndex} without the texts.
 *
 * @param minHashes one minimum per hash function; length = the index's number of hash functions
 * @param numbers bit set of the post's numbers (0 when it quotes none)
 * @param places bit set of the cities the post names (0 when it names none, or for a signature stored before
 *     cities were read)
 */
public record PostSignature(int[] minHashes, long numbers, long places) {

  /** Format tag ending the bytes of a signature that carries its cities ("P1"). */
  private static final short WITH_PLACES = 0x5031;

  /** Copies the array so the record stays immutable. */
  public PostSignature {
    minHashes = minHashes.clone();
  }

  /** A signature without cities. */
  public PostSignature(int[] minHashes, long numbers) {
    this(minHashes, numbers, 0);
  }

  @Override
  public int[] minHashes() {
    return minHashes.clone();
  }

  /** The MinHash values without copying, for the index's hot path; never modified. */
  int[] view() {
    return minHashes;
  }

  /** Share of equal MinHash positions: an estimate of the two posts' shingle Jaccard similarity. */
  public double similarity(PostSignature other) {
    int n = Math.min(minHashes.length, other.minHashes.length);
    if (n == 0) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < n; i++) {
      if (minHashes[i] == other.minHashes[i]) {
        same++;
      }
    }
    return same / (double) n;
  }

  /**
   * Big-endian bytes: the 64-bit number fingerprint, the MinHash values, the 64-bit city set and a 2-byte format
   * tag (8 + 4k + 10 bytes; 274 with the default 64 hashes).
   */
  public byte[] toBytes() {
    ByteBuffer buffer = ByteBuffer.allocate(8 + 4 * minHashes.length + 10);
    buffer.putLong(numbers);
    for (int h : minHashes) {
      buffer.putInt(h);
    }
    buffer.putLong(places);
    buffer.putShort(WITH_PLACES);
    return buffer.array();
  }

  /**
   * Reads {@link #toBytes()}, and the 8 + 4k bytes written before cities were read (no cities); rejects any other
   * length or tag.
   */
  public static PostSignature fromBytes(byte[] bytes) {
    boolean withPlaces = bytes.length >= 18 && (bytes.length - 18) % 4 == 0;
    if (bytes.length < 8 || !withPlaces && (bytes.length - 8) % 4 != 0) {
      throw new IllegalArgumentException("not a post signature: " + bytes.length + " bytes");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    long numbers = buffer.getLong();
    int[] hashes = new int[(bytes.length - 8 - (withPlaces ? 10 : 0)) / 4];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = buffer.getInt();
    }
    long places = withPlaces ? buffer.getLong() : 0;
    if (withPlaces && buffer.getShort() != WITH_PLACES) {
      throw new IllegalArgumentException("not a post signature: unknown format tag");
    }
    return new PostSignature(hashes, numbers, places);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PostSignature other && numbers == other.numbers && places == other.places
        && Arrays.equals(minHashes, other.minHashes);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(minHashes) + Long.hashCode(numbers)) + Long.hashCode(places);
  }

  @Override
  public String toString() {
    return "PostSignature[" + minHashes.length + " hashes, numbers=" + Long.toHexString(numbers) + ", places="
        + Long.toHexString(places) + "]";
  }
}
