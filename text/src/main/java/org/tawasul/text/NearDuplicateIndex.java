package org.tawasul.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Groups reposts of the same rumour as they arrive (near-duplicate detection), so analysts see one group instead
 * of hundreds of copies.
 *
 * <p>Each post is normalised ({@link TextNormalizer}), its words reduced to a consonant skeleton (article and long
 * vowels dropped, Arabizi words transliterated) and cut into word 3-shingles; {@code hashes} MinHash values
 * summarise the shingle set. Locality-sensitive hashing over {@code bands} bands of {@code hashes/bands} rows
 * finds earlier posts likely to be similar; each candidate is then verified: its estimated Jaccard similarity must
 * reach {@code threshold}; when both posts quote numbers, they must share one, and when both name Moroccan cities
 * ({@link Places}), they must share one (so two events told with the same template but other figures, or in
 * another city, stay apart). The post joins the group of the most similar verified candidate,
 * or founds a new group named after its own id. Groups never merge afterwards, so a group id, once returned,
 * stays valid.
 *
 * <p>Memory per post is bounded: {@code 4·hashes} bytes of signature, {@code 4·bands} bytes of bucket links,
 * about {@code 24–48·bands} bytes of bucket tables (open addressing, load at most one half), the group reference and
 * the post id — about 1.3–2 KB with the defaults (64 hashes, 32 bands), i.e. under 2 GB per million posts (the
 * measured figure is in docs/benchmarks.md). Work per post is bounded too: at most
 * {@value #MAX_CANDIDATES_PER_BAND} most recent posts per bucket are verified.
 *
 * <p>Thread-safe: signatures are computed outside the lock, insertion holds a write lock briefly.
 */
public final class NearDuplicateIndex {

  /** Most recent posts verified per matching bucket. */
  public static final int MAX_CANDIDATES_PER_BAND = 8;

  private static final int SHINGLE = 3;

  private final int hashes;
  private final int bands;
  private final int rows;
  private final double threshold;
  private final long[] multipliers;
  private final long[] increments;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  // post storage, indexed by insertion number (guarded by lock)
  private int size;
  private int[] signatures;
  private long[] numbers;
  private long[] places;
  private int[] group; // insertion number of the group's founder
  private int[] next; // per post and band: previous post in the same bucket, -1 at the end
  private int[] visited; // per post: the add() call that last verified it, so no candidate is verified twice
  private int visit;
  private final List<String> ids = new ArrayList<>();
  private final Map<String, Integer> byId = new HashMap<>();
  private final BandTable[] tables;

  /** Default number of MinHash functions. */
  public static final int DEFAULT_HASHES = 64;

  /** Default number of LSH bands (2 rows each: posts sharing 30% of their shingles are found 95% of the time). */
  public static final int DEFAULT_BANDS = 32;

  /**
   * Default Jaccard threshold, chosen on the near-duplicates development set and the harder generated reposts
   * (see docs/text-engine.md).
   */
  public static final double DEFAULT_THRESHOLD = 0.3;

  /** An index with the default hash functions, bands and threshold. */
  public NearDuplicateIndex() {
    this(DEFAULT_HASHES, DEFAULT_BANDS, DEFAULT_THRESHOLD);
  }

  /**
   * @param hashes MinHash functions per post (signature length), a multiple of {@code bands}
   * @param bands LSH bands; more bands find less similar candidates
   * @param threshold estimated Jaccard similarity needed to join a group, in (0, 1]
   */
  public NearDuplicateIndex(int hashes, int bands, double threshold) {
    if (hashes < 1 || bands < 1 || hashes % bands != 0) {
      throw new IllegalArgumentException("hashes must be a positive multiple of bands");
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]");
    }
    this.hashes = hashes;
    this.bands = bands;
    this.rows = hashes / bands;
    this.threshold = threshold;
    SplittableRandom random = new SplittableRandom(0x7A3A5C11L);
    this.multipliers = new long[hashes];
    this.increments = new long[hashes];
    for (int i = 0; i < hashes; i++) {
      multipliers[i] = random.nextLong() | 1L;
      increments[i] = random.nextLong();
    }
    this.signatures = new int[16 * hashes];
    this.numbers = new long[16];
    this.places = new long[16];
    this.group = new int[16];
    this.next = new int[16 * bands];
    this.visited = new int[16];
    this.tables = new BandTable[bands];
    for (int b = 0; b < bands; b++) {
      tables[b] = new BandTable();
    }
  }

  /**
   * Adds a post and returns the id of its group at once: the id of the first post of the rumour it repeats, or
   * its own id when it starts a new one. Adding an id again returns its existing group without change. A post
   * without words (empty, only emojis or links) forms its own group.
   */
  public String add(String postId, String text) {
    return addSignature(postId, signature(text));
  }

  /** Adds a post from its stored signature (for rebuilding); see {@link #add(String, String)}. */
  public String addSignature(String postId, PostSignature signature) {
    checkSignature(signature);
    lock.writeLock().lock();
    try {
      Integer existing = byId.get(postId);
      if (existing != null) {
        return ids.get(group[existing]);
      }
      int index = insert(postId, signature); // one probe per band: links the post and returns the bucket chains
      int best = bestMatch(signature, index);
      group[index] = best < 0 ? index : group[best];
      return ids.get(group[index]);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Restores a post with the group it had when stored (for rebuilding an index exactly as it was); the group is
   * given by its id and need not be known yet.
   */
  public void restore(String postId, PostSignature signature, String groupId) {
    checkSignature(signature);
    lock.writeLock().lock();
    try {
      if (byId.containsKey(postId)) {
        return;
      }
      Integer founder = byId.get(groupId);
      int index = insert(postId, signature);
      group[index] = founder == null ? index : group[founder];
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** The group of a post, or {@code null} when the post is unknown. */
  public String groupOf(String postId) {
    lock.readLock().lock();
    try {
      Integer index = byId.get(postId);
      return index == null ? null : ids.get(group[index]);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The stored signature of a post, or {@code null} when the post is unknown. */
  public PostSignature signatureOf(String postId) {
    lock.readLock().lock();
    try {
      Integer index = byId.get(postId);
      if (index == null) {
        return null;
      }
      return new PostSignature(Arrays.copyOfRange(signatures, index * hashes, (index + 1) * hashes),
          numbers[index], places[index]);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Number of posts. */
  public int size() {
    lock.readLock().lock();
    try {
      return size;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Number of MinHash values per signature. */
  public int hashCount() {
    return hashes;
  }

  /** Approximate heap bytes held by the index structures (excluding the id strings' characters). */
  public long ramBytes() {
    lock.readLock().lock();
    try {
      long bytes = 4L * signatures.length + 8L * numbers.length + 8L * places.length + 4L * group.length
          + 4L * next.length + 4L * visited.length;
      for (BandTable t : tables) {
        bytes += t.ramBytes();
      }
      return bytes + 48L * size * 2; // list slot, map entry and boxed index per post
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * The signature of a text under this index's hash functions. Pure function of the text; safe to call from
   * any thread without locking.
   */
  public PostSignature signature(String text) {
    int[] min = new int[hashes];
    Arrays.fill(min, Integer.MAX_VALUE);
    ShingleHasher shingler = new ShingleHasher(min);
    TextNormalizer.standard().tokenize(text, shingler::word);
    shingler.finish();
    if (!shingler.any) {
      Arrays.fill(min, 0); // no word: a signature that matches nothing (see bestMatch)
    }
    return new PostSignature(min, shingler.numbers, shingler.places);
  }

  private void checkSignature(PostSignature signature) {
    if (signature.view().length != hashes) {
      throw new IllegalArgumentException("signature has " + signature.view().length + " hashes, index uses "
          + hashes);
    }
  }

  private static boolean isEmpty(int[] sig) {
    for (int v : sig) {
      if (v != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The most similar verified earlier post, or -1, walking the bucket chains that {@link #insert} linked the new
   * post {@code self} into. Caller holds the write lock.
   */
  private int bestMatch(PostSignature signature, int self) {
    int[] sig = signature.view();
    if (isEmpty(sig)) {
      return -1;
    }
    int best = -1;
    int bestSame = (int) Math.ceil(threshold * hashes) - 1;
    int stamp = ++visit;
    int goodEnough = (hashes * 7) / 8; // a near-identical copy: stop looking for a better one
    for (int b = 0; b < bands && bestSame < goodEnough; b++) {
      int candidate = next[self * bands + b];
      for (int seen = 0; candidate >= 0 && seen < MAX_CANDIDATES_PER_BAND; seen++) {
        if (visited[candidate] == stamp) {
          candidate = next[candidate * bands + b];
          continue;
        }
        visited[candidate] = stamp;
        int same = 0;
        int base = candidate * hashes;
        for (int i = 0; i < hashes; i++) {
          if (signatures[base + i] == sig[i]) {
            same++;
          } else if (same + hashes - i <= bestSame) {
            break; // cannot beat the best any more
          }
        }
        if (same > bestSame && !conflict(signature.numbers(), numbers[candidate])
            && !conflict(signature.places(), places[candidate])) {
          bestSame = same;
          best = candidate;
        }
        candidate = next[candidate * bands + b];
      }
    }
    return best;
  }

  /** Both posts name numbers (or cities) and share none. */
  private static boolean conflict(long a, long b) {
    return a != 0 && b != 0 && (a & b) == 0;
  }

  /** Appends a post and links it into its buckets. Caller holds the write lock. */
  private int insert(String postId, PostSignature signature) {
    int index = size;
    if (index == group.length) {
      int capacity = group.length * 2;
      signatures = Arrays.copyOf(signatures, capacity * hashes);
      numbers = Arrays.copyOf(numbers, capacity);
      places = Arrays.copyOf(places, capacity);
      group = Arrays.copyOf(group, capacity);
      next = Arrays.copyOf(next, capacity * bands);
      visited = Arrays.copyOf(visited, capacity);
    }
    int[] sig = signature.view();
    System.arraycopy(sig, 0, signatures, index * hashes, hashes);
    numbers[index] = signature.numbers();
    places[index] = signature.places();
    boolean empty = isEmpty(sig);
    for (int b = 0; b < bands; b++) {
      next[index * bands + b] = empty ? -1 : tables[b].push(bandKey(sig, b), index);
    }
    ids.add(postId);
    byId.put(postId, index);
    size++;
    return index;
  }

  private long bandKey(int[] sig, int band) {
    long h = 0x9E3779B97F4A7C15L * (band + 1);
    for (int r = band * rows; r < (band + 1) * rows; r++) {
      h = (h ^ (sig[r] & 0xFFFFFFFFL)) * 0xff51afd7ed558ccdL;
      h ^= h >>> 29;
    }
    return h == 0 ? 1 : h;
  }

  /** Open-addressing map from band key to the most recent post in that bucket. Guarded by the index lock. */
  private static final class BandTable {
    private long[] keys = new long[64];
    private int[] heads = new int[64];
    private int used;

    /** Makes {@code post} the bucket's head and returns the previous head (or -1). */
    int push(long key, int post) {
      if (2 * (used + 1) > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      for (int slot = (int) (key ^ (key >>> 32)) & mask; ; slot = (slot + 1) & mask) {
        long k = keys[slot];
        if (k == 0) {
          keys[slot] = key;
          heads[slot] = post;
          used++;
          return -1;
        }
        if (k == key) {
          int previous = heads[slot];
          heads[slot] = post;
          return previous;
        }
      }
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldHeads = heads;
      keys = new long[oldKeys.length * 2];
      heads = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        long key = oldKeys[i];
        if (key != 0) {
          int slot = (int) (key ^ (key >>> 32)) & mask;
          while (keys[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = key;
          heads[slot] = oldHeads[i];
        }
      }
    }

    long ramBytes() {
      return 12L * keys.length;
    }
  }

  /** Folds words into MinHash minima over word 3-shingles of consonant skeletons. */
  private final class ShingleHasher {
    private final int[] min;
    private final long[] window = new long[SHINGLE];
    private int words;
    private long numbers;
    private long places;
    private long previousWord;
    private long previousStripped;
    private boolean any;
    private final char[] scratch = new char[TextNormalizer.MAX_TOKEN_CHARS * 2];

    ShingleHasher(int[] min) {
      this.min = min;
    }

    void word(char[] buffer, int length, int start, int end) {
      boolean digits = true;
      for (int i = 0; i < length; i++) {
        if (buffer[i] < '0' || buffer[i] > '9') {
          digits = false;
          break;
        }
      }
      long key;
      if (digits) {
        key = Skeleton.hash(buffer, 0, length);
        numbers |= 1L << (Skeleton.mix(key) & 63);
        previousWord = 0;
        previousStripped = 0;
      } else {
        long exact = Skeleton.hash(buffer, 0, length);
        long stripped = Places.stripped(buffer, length);
        places |= Places.standard().bit(exact, stripped, previousWord, previousStripped);
        previousWord = exact;
        previousStripped = stripped;
        if (buffer[0] < 0x80 && Arabizi.hasArabiziDigit(buffer, length)) {
          String arabic = Arabizi.standard().candidates(new String(buffer, 0, length)).getFirst();
          arabic.getChars(0, arabic.length(), scratch, 0);
          key = Skeleton.key(scratch, arabic.length());
        } else {
          key = Skeleton.key(buffer, length);
        }
      }
      window[words % SHINGLE] = key;
      words++;
      if (words >= SHINGLE) {
        long h = 0;
        for (int i = 0; i < SHINGLE; i++) {
          h = h * 0x100000001b3L + window[(words - SHINGLE + i) % SHINGLE];
        }
        fold(Skeleton.mix(h));
      }
    }

    void finish() {
      if (words > 0 && words < SHINGLE) {
        long h = 0;
        for (int i = 0; i < words; i++) {
          h = h * 0x100000001b3L + window[i];
        }
        fold(Skeleton.mix(h));
      }
    }

    private void fold(long shingle) {
      any = true;
      for (int i = 0; i < hashes; i++) {
        int v = (int) ((multipliers[i] * shingle + increments[i]) >>> 32);
        if (v < min[i]) {
          min[i] = v;
        }
      }
    }
  }
}
