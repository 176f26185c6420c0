"""Fakes and test data shared by every suite (unit, gui, integration and benchmarks).

fake_site         an in-memory site behind the Publisher interface, with faults to queue
photo_images      test photos made with Pillow (EXIF, GPS, IPTC, XMP, odd colour modes)
keyring_backends  in-memory and file-backed keyrings: the OS keyring is never touched
publishing        a workspace wired to the fake site, and the article the publishing tests send
prompts           every prompt of ui/common/alerts.py answered from a script (GUI tests only)
"""
