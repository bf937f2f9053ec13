package org.tawasul.text;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The stored form of a post for near-duplicate grouping: its MinHash values over word-shingles and a 64-bit
 * fingerprint of the numbers it quotes. This is what the app persists (for example as {@code bytea} or
 * {@code int[]} in PostgreSQL) to rebuild a {@link NearDuplicateIndex} without the texts.
 *
 * @param minHashes one minimum per hash function; length = the index's number of hash functions
 * @param numbers bit set of the post's numbers (0 when it quotes none)
 */
public record PostSignature(int[] minHashes, long numbers) {

  /** Copies the array so the record stays immutable. */
  public PostSignature {
    minHashes = minHashes.clone();
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

  /** Big-endian bytes: the 64-bit number fingerprint, then the MinHash values. */
  public byte[] toBytes() {
    ByteBuffer buffer = ByteBuffer.allocate(8 + 4 * minHashes.length);
    buffer.putLong(numbers);
    for (int h : minHashes) {
      buffer.putInt(h);
    }
    return buffer.array();
  }

  /** Reads {@link #toBytes()}; rejects a length that is not 8 + 4k. */
  public static PostSignature fromBytes(byte[] bytes) {
    if (bytes.length < 8 || (bytes.length - 8) % 4 != 0) {
      throw new IllegalArgumentException("not a post signature: " + bytes.length + " bytes");
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    long numbers = buffer.getLong();
    int[] hashes = new int[(bytes.length - 8) / 4];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = buffer.getInt();
    }
    return new PostSignature(hashes, numbers);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PostSignature other && numbers == other.numbers && Arrays.equals(minHashes, other.minHashes);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(minHashes) + Long.hashCode(numbers);
  }

  @Override
  public String toString() {
    return "PostSignature[" + minHashes.length + " hashes, numbers=" + Long.toHexString(numbers) + "]";
  }
}
