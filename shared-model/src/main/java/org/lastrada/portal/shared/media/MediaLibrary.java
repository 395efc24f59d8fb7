package org.lastrada.portal.shared.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.lastrada.portal.shared.audit.AuditLog;
import org.lastrada.portal.shared.content.MediaAddresses;
import org.lastrada.portal.shared.content.MediaSize;
import org.lastrada.portal.shared.i18n.Message;
import org.lastrada.portal.shared.organisations.MemberOrganisation;
import org.lastrada.portal.shared.organisations.MemberOrganisationRepository;
import org.lastrada.portal.shared.organisations.OrganisationStatus;
import org.lastrada.portal.shared.posts.PostContent;
import org.lastrada.portal.shared.posts.PostRepository;
import org.lastrada.portal.shared.posts.PostRevisionRepository;
import org.lastrada.portal.shared.security.Actor;
import org.lastrada.portal.shared.security.CurrentActor;
import org.lastrada.portal.shared.uploads.UploadProperties;
import org.lastrada.portal.shared.validation.InvalidInputException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The organisations' media libraries. An organisation's staff keep its library (upload, describe, delete); the
 * secretariat keeps its own, which is the network's, and may look into every library, since it reviews what members
 * publish. Uploads are made into variants ({@link ImageVariants}) by at most {@link MediaProperties#imageWorkers()} at a
 * time, outside any transaction; the row is written after the files, and the files removed if it cannot be. An image
 * a post uses (its own content in any state, or a change waiting for review) cannot be deleted. Every change is in
 * the audit log; a refused request changes nothing.
 */
@Service
@EnableConfigurationProperties(MediaProperties.class)
public class MediaLibrary {

    private final MediaImageRepository images;
    private final MediaFiles files;
    private final MediaSizeCache sizes;
    private final MemberOrganisationRepository organisations;
    private final PostRepository posts;
    private final PostRevisionRepository revisions;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final MediaProperties properties;
    private final long maxImagePixels;
    private final Semaphore workers;

    MediaLibrary(MediaImageRepository images, MediaFiles files, MediaSizeCache sizes, MemberOrganisationRepository organisations, PostRepository posts,
                 PostRevisionRepository revisions, CurrentActor currentActor, AuditLog auditLog, TransactionTemplate transaction,
                 Clock clock, MediaProperties properties, UploadProperties uploads) {
        this.images = images;
        this.files = files;
        this.sizes = sizes;
        this.organisations = organisations;
        this.posts = posts;
        this.revisions = revisions;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.transaction = transaction;
        this.clock = clock;
        this.properties = properties;
        this.maxImagePixels = uploads.maxImagePixels();
        this.workers = new Semaphore(Math.max(1, properties.imageWorkers()), true);
    }

    /** The libraries the actor may open: their organisation's; for the secretariat its own first, then every active member's. */
    @Transactional(readOnly = true)
    public List<MemberOrganisation> libraries() {
        Actor actor = currentActor.require();
        if (!actor.isSecretariat()) {
            return organisations.findById(actor.organisationId()).stream().toList();
        }
        List<MemberOrganisation> all = new ArrayList<>(organisations.findByStatusOrderByProfileNameAsc(OrganisationStatus.ACTIVE));
        all.sort((a, b) -> Boolean.compare(b.isSecretariat(), a.isSecretariat()));
        return all;
    }

    /** The organisation's images, newest first. */
    @Transactional(readOnly = true)
    public List<MediaImage> list(Long organisationId) {
        requireMayLook(currentActor.require(), organisation(organisationId));
        return images.findByOrganisationIdOrderByUploadedAtDescIdDesc(organisationId);
    }

    /** The organisation's images a post may show: those with alt text or marked decorative. */
    @Transactional(readOnly = true)
    public List<MediaImage> choices(Long organisationId) {
        return list(organisationId).stream().filter(MediaImage::isDescribed).toList();
    }

    /** The largest upload accepted, in bytes. */
    public long maxUploadBytes() {
        return properties.maxUploadSize().toBytes();
    }

    /** Adds an uploaded image given as bytes; see {@link #upload(Long, String, Path)}. */
    public MediaImage upload(Long organisationId, String fileName, byte[] upload) {
        try {
            Path file = Files.createTempFile("media-upload", ".bin");
            try {
                Files.write(file, upload == null ? new byte[0] : upload);
                return upload(organisationId, fileName, file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new InvalidInputException("image", Message.of("workspace.refusal.media.storage"));
        }
    }

    /**
     * Adds an uploaded PNG, JPEG or WebP (a file the caller received and removes) to the organisation's library, or gives
     * the image that file already is there. The file is read into memory only when its turn comes, so uploads waiting for
     * a worker hold no memory. Refused on the field "image": too large a file or image, not an image, unreadable, the
     * storage unavailable, or too many uploads at once (after waiting {@link MediaProperties#workerWait()}).
     */
    public MediaImage upload(Long organisationId, String fileName, Path file) {
        Actor actor = currentActor.require();
        MemberOrganisation organisation = transaction.execute(status -> organisation(organisationId));
        requireMayKeep(actor, organisation);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InvalidInputException("image", Message.of("workspace.refusal.upload.unreadable"));
        }
        if (size == 0) {
            throw new InvalidInputException("image", Message.of("workspace.refusal.upload.empty"));
        }
        if (size > maxUploadBytes()) {
            throw new InvalidInputException("image", Message.of("workspace.refusal.media.too-large", maxUploadBytes() / (1024 * 1024)));
        }
        Prepared prepared = withWorker(() -> prepare(organisationId, file));
        if (prepared.existing() != null) {
            return prepared.existing();
        }
        ImageVariants variants = prepared.variants();
        String key = UUID.randomUUID().toString().replace("-", "");
        files.write(key, variants);
        try {
            return transaction.execute(status -> {
                MediaImage saved = images.save(new MediaImage(key, organisation, originalName(fileName), prepared.hash(), variants,
                        variants.storedBytes(), actor.displayName(), clock.instant()));
                auditLog.record(actor, "media.upload", "media", saved.getId(), organisationId, saved.getOriginalName());
                return saved;
            });
        } catch (RuntimeException e) {
            files.delete(key, variants.format(), variants.widths());
            if (e instanceof DataIntegrityViolationException) {
                // The same file, uploaded at the same moment by a colleague: theirs is the image.
                return images.findByOrganisationIdAndUploadHash(organisationId, prepared.hash()).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    /**
     * Adds an image on the portal's own behalf (the demo data's illustrations), described: alt text, or decorative when
     * none is given. The same file again is the same image. Within the caller's transaction.
     */
    @Transactional
    public MediaImage importImage(MemberOrganisation organisation, String fileName, byte[] bytes, String altText, String by) {
        String hash = sha256(bytes);
        return images.findByOrganisationIdAndUploadHash(organisation.getId(), hash).orElseGet(() -> {
            ImageVariants variants = ImageVariants.of(bytes, maxImagePixels);
            String key = UUID.randomUUID().toString().replace("-", "");
            files.write(key, variants);
            MediaImage image = new MediaImage(key, organisation, originalName(fileName), hash, variants, variants.storedBytes(), by,
                    clock.instant());
            image.describe(altText, altText == null);
            return images.save(image);
        });
    }

    /** An upload read, hashed and made into variants; or the library's image that is the same file. */
    private record Prepared(String hash, ImageVariants variants, MediaImage existing) {
    }

    private Prepared prepare(Long organisationId, Path file) {
        byte[] upload;
        try {
            upload = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException("image", Message.of("workspace.refusal.upload.unreadable"));
        }
        String hash = sha256(upload);
        Optional<MediaImage> same = images.findByOrganisationIdAndUploadHash(organisationId, hash);
        return same.map(image -> new Prepared(hash, null, image))
                .orElseGet(() -> new Prepared(hash, ImageVariants.of(upload, maxImagePixels), null));
    }

    /**
     * Sets what the image says to people who cannot see it: alt text (required, at most 250 characters), or
     * decorative (no alt text: screen readers pass it by).
     */
    @Transactional
    public MediaImage describe(Long imageId, String altText, boolean decorative) {
        Actor actor = currentActor.require();
        MediaImage image = images.findById(imageId).orElseThrow(() -> new InvalidInputException("image", Message.of("workspace.refusal.media.gone")));
        requireMayKeep(actor, image.getOrganisation());
        String alt = altText == null ? "" : altText.strip();
        if (!decorative && alt.isEmpty()) {
            throw new InvalidInputException("altText", Message.of("workspace.refusal.media.alt-required"));
        }
        if (alt.length() > MediaImage.ALT_TEXT_LENGTH) {
            throw new InvalidInputException("altText", Message.of("workspace.refusal.media.alt-too-long", MediaImage.ALT_TEXT_LENGTH));
        }
        image.describe(alt, decorative);
        auditLog.record(actor, "media.describe", "media", imageId, image.getOrganisation().getId(), decorative ? "decorative" : alt);
        return image;
    }

    /** The posts that use the image, and the changes waiting for review that would. */
    @Transactional(readOnly = true)
    public List<MediaUse> usage(Long imageId) {
        MediaImage image = images.findById(imageId).orElseThrow(() -> new InvalidInputException("image", Message.of("workspace.refusal.media.gone")));
        requireMayLook(currentActor.require(), image.getOrganisation());
        return usesOf(image.getKey());
    }

    /** Removes an image no post uses, with its files (once the removal is committed); refused while one does. */
    @Transactional
    public void delete(Long imageId) {
        Actor actor = currentActor.require();
        MediaImage image = images.findById(imageId).orElseThrow(() -> new InvalidInputException("image", Message.of("workspace.refusal.media.gone")));
        requireMayKeep(actor, image.getOrganisation());
        List<MediaUse> uses = usesOf(image.getKey());
        if (!uses.isEmpty()) {
            throw new InvalidInputException("image", Message.of("workspace.refusal.media.in-use", uses.size(), uses.get(0).title()));
        }
        images.delete(image);
        images.flush();
        auditLog.record(actor, "media.delete", "media", imageId, image.getOrganisation().getId(), image.getOriginalName());
        // The files go once the row's removal is committed: a commit that fails (the database lost) keeps the image whole.
        MediaSize size = image.size();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                files.delete(size);
            }
        });
    }

    /** The image with that key, if the actor may open its library. */
    @Transactional(readOnly = true)
    public Optional<MediaImage> find(String key) {
        Actor actor = currentActor.require();
        return key == null ? Optional.empty() : images.findByKey(key).filter(image -> maySee(actor, image.getOrganisation()));
    }

    /** A variant's bytes for the workspace (previews of what is not public yet), to those who may open its library. */
    @Transactional(readOnly = true)
    public Optional<byte[]> workspaceFile(String key, int width) {
        Actor actor = currentActor.require();
        return images.findByKey(key).filter(image -> maySee(actor, image.getOrganisation()))
                .flatMap(image -> files.read(image.size(), width));
    }

    /**
     * A variant's bytes, for the public site, which decides first whether the image is public. The image's size comes from
     * the kept sizes (they never change): serving a public image reads no row.
     */
    public Optional<byte[]> publicFile(String key, int width) {
        return sizes.of(key).flatMap(size -> files.read(size, width));
    }

    /**
     * Refuses a post's content that names an image outside the organisation's library, or one without alt text: the
     * featured image on its field, those in the text on the text.
     */
    @Transactional(readOnly = true)
    public void requireUsable(Long organisationId, PostContent content) {
        if (content.getFeaturedImage() != null) {
            requireUsable(organisationId, content.getFeaturedImage(), "featuredImage");
        }
        for (String key : MediaAddresses.keysIn(content.getBody())) {
            requireUsable(organisationId, key, "body");
        }
    }

    private void requireUsable(Long organisationId, String key, String field) {
        MediaImage image = images.findByKey(key).filter(found -> found.getOrganisation().getId().equals(organisationId))
                .orElseThrow(() -> new InvalidInputException(field, Message.of("workspace.refusal.media.not-in-library")));
        if (!image.isDescribed()) {
            throw new InvalidInputException(field, Message.of("workspace.refusal.media.undescribed", image.getOriginalName()));
        }
    }

    private List<MediaUse> usesOf(String key) {
        List<MediaUse> uses = new ArrayList<>();
        posts.findUsingImage(key).forEach(post -> uses.add(new MediaUse(post.getId(), post.getTitle(), post.getStatus(), false)));
        revisions.findOpenUsingImage(key).forEach(revision -> uses.add(new MediaUse(revision.getPost().getId(),
                revision.getContent().getTitle(), revision.getPost().getStatus(), true)));
        return uses;
    }

    private <T> T withWorker(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = workers.tryAcquire(properties.workerWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new InvalidInputException("image", Message.of("workspace.refusal.media.busy"));
        }
        try {
            return work.get();
        } finally {
            workers.release();
        }
    }

    private MemberOrganisation organisation(Long organisationId) {
        return organisations.findById(organisationId)
                .orElseThrow(() -> new InvalidInputException("organisation", Message.of("workspace.refusal.no-such-organisation")));
    }

    private static boolean maySee(Actor actor, MemberOrganisation organisation) {
        return actor.isSecretariat() || actor.actsFor(organisation);
    }

    private static void requireMayLook(Actor actor, MemberOrganisation organisation) {
        if (!maySee(actor, organisation)) {
            throw new AccessDeniedException(actor.username() + " may not open the media library of " + organisation + ".");
        }
    }

    private static void requireMayKeep(Actor actor, MemberOrganisation organisation) {
        if (!actor.actsFor(organisation)) {
            throw new AccessDeniedException(actor.username() + " may not change the media library of " + organisation + ".");
        }
    }

    private static String originalName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\p{Cntrl}/\\\\]", "").strip();
        name = name.isEmpty() ? "image" : name;
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
