"""URL schemes the app itself serves (a tiny module: the start-up path imports it)."""

# Stored photos in the preview: ewsphoto:<sha256> (served from the store, never the network).
PHOTO_SCHEME = "ewsphoto"
