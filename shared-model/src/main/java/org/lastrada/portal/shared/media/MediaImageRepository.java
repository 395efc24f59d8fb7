package org.lastrada.portal.shared.media;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The images of the media libraries. */
public interface MediaImageRepository extends JpaRepository<MediaImage, Long> {

    Optional<MediaImage> findByKey(String key);

    Optional<MediaImage> findByOrganisationIdAndUploadHash(Long organisationId, String uploadHash);

    List<MediaImage> findByOrganisationIdOrderByUploadedAtDescIdDesc(Long organisationId);
}
