"""hienhao-desktop: write, keep, export and print the periodic review report of
the Community Learning Centre (Trung tâm học tập cộng đồng) of Hiền Hào commune."""

__version__ = "0.1.0"

#: Names used for the data folder (platformdirs) and for QSettings/QStandardPaths.
APP_NAME = "hienhao-desktop"
ORG_NAME = "HienHao"
